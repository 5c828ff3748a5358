import Button from 'antd/es/button';
import Result from 'antd/es/result';
import type { ResultProps } from 'antd/es/result';

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
