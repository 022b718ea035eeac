import type { ProgressStatus } from '../schema.js';
import type { Period } from '../periods.js';
import type { DemoTask } from './data-types.js';

// What a progress report says, in Vietnamese as the units write them: the period, what was
// done (one of a few phrasings, chosen by the caller's seeded draw), and where it stands.

const done = [
  'Đã tổ chức các hoạt động theo kế hoạch, phối hợp chặt chẽ với các đơn vị liên quan.',
  'Đã triển khai đúng tiến độ; các đơn vị phối hợp tham gia đầy đủ.',
  'Hoàn thành các nội dung đề ra trong kỳ; đã tổng hợp kết quả và minh chứng kèm theo.',
  'Đã làm việc với các đối tác nước ngoài và cơ quan chức năng; kết quả bước đầu tích cực.',
];
const risks = [
  'Kinh phí được giao chậm, một số hoạt động phải lùi sang kỳ sau.',
  'Đối tác nước ngoài đề nghị dời thời gian; cần Bộ hỗ trợ kết nối lại.',
  'Thiếu cán bộ có ngoại ngữ để triển khai đồng thời nhiều hoạt động.',
];

const periodLabel = (p: Period) => {
  if (p.key === 'once') return 'Cả nhiệm vụ';
  const [y, part] = p.key.split('-') as [string, string | undefined];
  if (!part) return `Năm ${y}`;
  if (part.startsWith('Q')) return `Quý ${['I', 'II', 'III', 'IV'][Number(part[1]) - 1]}/${y}`;
  if (part.startsWith('H')) return `${part === 'H1' ? '6 tháng đầu năm' : '6 tháng cuối năm'} ${y}`;
  return `Tháng ${Number(part)}/${y}`;
};

export function narrativeOf(t: DemoTask, p: Period, percent: number, status: ProgressStatus, kind: string, draw: number): string {
  const head = `${periodLabel(p)} — ${t.vi}.`;
  if (kind === 'input') return `${head} Đơn vị phối hợp: đã cử cán bộ tham gia và cung cấp thông tin, số liệu cho đơn vị chủ trì.`;
  const what = done[Math.floor(draw * done.length)]!;
  if (status === 'done') return `${head} ${what} Nhiệm vụ đã hoàn thành.`;
  if (status === 'at_risk') return `${head} ${what} Khó khăn: ${risks[Math.floor(draw * risks.length)]!.toLowerCase()} Ước đạt ${percent}%.`;
  return `${head} ${what} Ước đạt ${percent}% khối lượng công việc.`;
}
