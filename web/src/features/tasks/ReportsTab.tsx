import { Badge, Button, Collapse, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPaperclip, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Pager } from '../../ui/Pager';
import { Spinner } from '../../ui/Spinner';
import { unitName } from '../../ui/unitName';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { useReports } from './api';
import { REPORT_STATE_COLORS, statusColor, useTaskLabels } from './labels';
import { periodLabel } from './periods';
import { ReportForm } from './ReportForm';
import { ReviewModal } from './ReviewModal';
import type { Report, ReportAction, Task } from './types';

const ACTIONS: ReportAction[] = ['submit', 'accept', 'return', 'correct'];

function ReportCard({ task, report: r, onEdit, onAction }: { task: Task; report: Report; onEdit: () => void; onAction: (a: ReportAction) => void }) {
  const { t, i18n } = useTranslation();
  const labels = useTaskLabels();
  const [files, setFiles] = useState(r.state === 'draft' || r.state === 'returned');
  const p = periodLabel(r.period);
  const period = t(p.key, p.values);
  const names = new Map(task.indicators.map((i) => [i.id, i]));
  return (
    <Paper withBorder p="sm" component="article" aria-label={t('tasks.report.cardLabel', { period, unit: unitName(r.unit, i18n.language) })}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs">
          <Text fw={600}>{period}</Text>
          <Text size="sm" c="dimmed">
            {unitName(r.unit, i18n.language)}
          </Text>
          {r.kind === 'input' && <Badge variant="outline" tt="none">{t('tasks.report.input')}</Badge>}
          <Badge color={REPORT_STATE_COLORS[r.state] ?? 'gray'} tt="none">
            {labels.reportState(r.state)}
          </Badge>
          {r.version > 1 && <Badge variant="outline" color="gray" tt="none">{t('tasks.report.version', { n: r.version })}</Badge>}
        </Group>
        <Group gap="xs">
          <Badge color={statusColor(r.status)} variant="light" tt="none">
            {labels.status(r.status)}
          </Badge>
          <Text fw={600}>{r.percent}%</Text>
        </Group>
      </Group>
      {r.narrative && (
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
          {r.narrative}
        </Text>
      )}
      {r.values.length > 0 && (
        <Stack gap={0} mt="xs">
          {r.values.map((x) => (
            <Text key={x.indicatorId} size="sm">
              {names.get(x.indicatorId)?.name ?? x.indicatorId}: <b>{x.value}</b> {names.get(x.indicatorId)?.unitOfMeasure}
            </Text>
          ))}
        </Stack>
      )}
      <Text size="xs" c="dimmed" mt="xs">
        {r.submittedAt ? t('tasks.report.submittedBy', { name: r.submitterName ?? '', date: formatDateTime(r.submittedAt, i18n.language) }) : t('tasks.report.notSubmitted')}
        {r.reviewedAt && ` · ${t('tasks.report.reviewedBy', { name: r.reviewerName ?? '', date: formatDateTime(r.reviewedAt, i18n.language) })}`}
      </Text>
      {r.reviewComment && (
        <Text size="sm" mt={4} c={r.state === 'returned' ? 'orange.8' : undefined}>
          {t('tasks.report.reviewComment', { comment: r.reviewComment })}
        </Text>
      )}
      <Group gap="xs" mt="xs" role="group" aria-label={t('tasks.report.actions')}>
        {r.can.update && (
          <Button size="xs" variant="default" onClick={onEdit}>
            {t('common.edit')}
          </Button>
        )}
        {ACTIONS.filter((a) => r.can[a]).map((a) => (
          <Button key={a} size="xs" color={a === 'accept' ? 'green' : a === 'return' ? 'orange' : undefined} variant={a === 'correct' ? 'default' : 'filled'} onClick={() => onAction(a)}>
            {labels.reportAction(a)}
          </Button>
        ))}
        <Button size="xs" variant="subtle" leftSection={<IconPaperclip size={14} aria-hidden />} onClick={() => setFiles((o) => !o)} aria-expanded={files}>
          {t('tasks.report.evidence')}
        </Button>
      </Group>
      <Collapse expanded={files}>
        <Divider my="xs" />
        {files && <AttachmentsPanel entity="task_report" entityId={r.id} canUpload={r.can.attach} />}
      </Collapse>
    </Paper>
  );
}

/** The task's report history (newest period first, then version), the report form, and the review steps from `can`. */
export function ReportsTab({ task }: { task: Task }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const [limit, setLimit] = useState(10);
  const reports = useReports(task.id, page, limit);
  const [editing, setEditing] = useState<Report | 'new' | null>(null);
  const [action, setAction] = useState<{ report: Report; action: ReportAction } | null>(null);
  return (
    <Stack>
      {task.nextReport && (
        <Text size="sm" c={task.nextReport.filed ? 'dimmed' : undefined}>
          {(() => {
            const p = periodLabel(task.nextReport.period);
            return t(task.nextReport.filed ? 'tasks.report.nextFiled' : 'tasks.report.nextDue', { period: t(p.key, p.values), date: task.nextReport.dueOn });
          })()}
        </Text>
      )}
      {editing ? (
        <Paper withBorder p="md">
          <ReportForm key={editing === 'new' ? 'new' : editing.id} task={task} report={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
        </Paper>
      ) : (
        task.can.report && (
          <Group>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
              {t('tasks.report.new')}
            </Button>
          </Group>
        )
      )}
      {reports.isError ? (
        <ErrorAlert error={reports.error} />
      ) : !reports.data ? (
        <Spinner small />
      ) : reports.data.items.length === 0 ? (
        <Text c="dimmed">{t('tasks.report.none')}</Text>
      ) : (
        <>
          {reports.data.items.map((r) => (
            <ReportCard key={r.id} task={task} report={r} onEdit={() => setEditing(r)} onAction={(a) => setAction({ report: r, action: a })} />
          ))}
          <Pager page={page} limit={limit} total={reports.data.total} onPage={setPage} onLimit={(l) => { setLimit(l); setPage(1); }} />
        </>
      )}
      {action && (
        <ReviewModal
          reportId={action.report.id}
          action={action.action}
          what={(() => {
            const p = periodLabel(action.report.period);
            return `${t(p.key, p.values)} — ${unitName(action.report.unit, i18n.language)}`;
          })()}
          onClose={() => setAction(null)}
        />
      )}
    </Stack>
  );
}
