import { ApartmentOutlined } from '@ant-design/icons';
import { Space, Tree, type TreeDataNode } from 'antd';
import { useState } from 'react';
import { useClient } from 'urql';
import { graphql, readFragment, type FragmentType } from '@/gql';
import { UnitKindTag } from './unit-kind-tag';

export const UnitTreeNodeFragment = graphql(`
  fragment UnitTreeNode_unit on Unit {
    id
    code
    name
    kind
    children {
      id
    }
  }
`);

export const UnitTreeFragment = graphql(`
  fragment UnitTree_unit on Unit {
    ...UnitTreeNode_unit
    children {
      ...UnitTreeNode_unit
    }
  }
`);

const UnitTreeChildrenQuery = graphql(`
  query UnitTreeChildren($code: String!) {
    unit(code: $code) {
      id
      children {
        ...UnitTreeNode_unit
      }
    }
  }
`);

type NodeRef = FragmentType<typeof UnitTreeNodeFragment>;

function toTreeNode(ref: NodeRef, children?: TreeDataNode[]): TreeDataNode {
  const unit = readFragment(UnitTreeNodeFragment, ref);
  return {
    key: unit.code,
    title: (
      <Space size={4}>
        <span>{unit.name}</span>
        <UnitKindTag kind={unit.kind} />
      </Space>
    ),
    isLeaf: unit.children.length === 0,
    children,
  };
}

function withChildren(nodes: TreeDataNode[], key: React.Key, children: TreeDataNode[]): TreeDataNode[] {
  return nodes.map((node) =>
    node.key === key
      ? { ...node, children }
      : { ...node, children: node.children && withChildren(node.children, key, children) },
  );
}

type Props = { unit: FragmentType<typeof UnitTreeFragment> };

// The route loads the user's unit and its direct children; deeper levels load on expand.
export function UnitTree({ unit }: Props) {
  const client = useClient();
  const root = readFragment(UnitTreeFragment, unit);
  const rootCode = readFragment(UnitTreeNodeFragment, root).code;
  const [treeData, setTreeData] = useState<TreeDataNode[]>(() => [
    toTreeNode(root, root.children.map((child) => toTreeNode(child))),
  ]);

  async function loadChildren(node: TreeDataNode) {
    if (node.children) return;
    const result = await client.query(UnitTreeChildrenQuery, { code: String(node.key) }).toPromise();
    const children = result.data?.unit?.children.map((child) => toTreeNode(child)) ?? [];
    setTreeData((current) => withChildren(current, node.key, children));
  }

  return (
    <Tree
      showLine
      showIcon
      icon={<ApartmentOutlined />}
      treeData={treeData}
      defaultExpandedKeys={[rootCode]}
      loadData={loadChildren}
    />
  );
}
