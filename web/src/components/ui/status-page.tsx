import { Button, Result } from 'antd';
import type { ResultProps } from 'antd';

type Props = {
  status: ResultProps['status'];
  title: string;
  description: string;
  actionLabel: string;
  onAction: () => void;
};

export function StatusPage({ status, title, description, actionLabel, onAction }: Props) {
  return (
    <Result
      status={status}
      title={title}
      subTitle={description}
      extra={
        <Button type="primary" onClick={onAction}>
          {actionLabel}
        </Button>
      }
    />
  );
}
