/**
 * The section cards' view model: per section, the bulletin's counts, each with its label and the
 * colour of its status, and the section's summary sentence.
 */
import { BulletinModel } from '../domain/bulletinModel';
import { BuildResult } from '../domain/resultSchema';
import { STATUS_CODES, STATUS_LABELS, StatusCode } from '../domain/statusCodes';
import { Tone } from './tone';

export interface CountView {
  key: string;
  label: string;
  value: number;
  /** The colour of the count's marker. */
  tone: Tone;
  /** A sub-count of the row above (其中完成全年任务), shown indented. */
  nested?: boolean;
}

/** The colour of each status in the section cards. */
export const STATUS_TONES: Record<StatusCode, Tone> = {
  completed: 'success',
  on_schedule: 'success',
  behind: 'danger',
  not_issued: 'informative',
  no_data: 'subtle',
  no_target: 'subtle',
  needs_review: 'warning',
};

export interface SectionCard {
  section: string;
  title: string;
  projects: number;
  indicators: number;
  /** 达到序时进度 (completed + on_schedule), 其中完成全年任务, 未达到, then the other codes present. */
  counts: CountView[];
  sentence: string;
}

/**
 * One card per section, with the bulletin's counts.
 * @example sectionCards(result, bulletin)[0].counts[0] → { key: 'reached', label: '达到序时进度', value: 15, … }
 */
export function sectionCards(result: BuildResult, bulletin: BulletinModel): SectionCard[] {
  return result.summary.map((s) => {
    const c = (code: StatusCode): number => s.counts[code] ?? 0;
    const counts: CountView[] = [
      { key: 'reached', label: '达到序时进度', value: c('completed') + c('on_schedule'), tone: STATUS_TONES.on_schedule },
      { key: 'completed', label: '其中完成全年任务', value: c('completed'), tone: STATUS_TONES.completed, nested: true },
      { key: 'behind', label: '未达到序时进度', value: c('behind'), tone: c('behind') ? STATUS_TONES.behind : 'subtle' },
    ];
    for (const code of STATUS_CODES) {
      if (['completed', 'on_schedule', 'behind'].includes(code) || c(code) === 0) continue;
      counts.push({ key: code, label: STATUS_LABELS[code], value: c(code), tone: STATUS_TONES[code] });
    }
    return {
      section: s.section, title: s.title, projects: s.projects, indicators: s.indicators, counts,
      sentence: bulletin.sections.find((b) => b.key === s.section)?.summary ?? '',
    };
  });
}
