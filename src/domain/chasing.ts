/**
 * Chasing the departments for one issue, put together: 报送情况 and 数据未更新 against the earlier
 * snapshots (reportingStatus.ts), the 督办清单 from the lagging list (supervisionList.ts) and the 排名
 * (deptRanking.ts), all under one department naming (deptMatching.ts). `withChasing` adds them to
 * the build result (its JSON and its snapshot) and to the bulletin model.
 */
import { BulletinModel, LaggingItem } from './bulletinModel';
import { DeptRank, Reporting, Supervision } from './chasingSchema';
import { deptKey, deptRules } from './deptMatching';
import { deptRanking } from './deptRanking';
import { Finding } from './findings';
import { EarlierSnapshot, reportingStatus } from './reportingStatus';
import { BuildResult } from './resultSchema';
import { Settings } from './settings';
import { supervisionList } from './supervisionList';

export interface Chasing {
  reporting: Reporting;
  supervision: Supervision[];
  ranking: DeptRank[];
  findings: Finding[];
}

/**
 * Chases the departments of `result`.
 * @param earlier Snapshots of issues before this one, oldest first (empty without a history store).
 * @example chaseDepartments(result, [], model.lagging, settings).reporting.basis === 'none'
 */
export function chaseDepartments(result: BuildResult, earlier: EarlierSnapshot[], lagging: LaggingItem[], settings: Settings): Chasing {
  const rules = deptRules(settings);
  const { reporting, findings } = reportingStatus(result, earlier, rules, settings.expectedDepartments);
  const names = new Map(reporting.departments.map((d) => [deptKey(d.dept, rules), d.dept]));
  return {
    reporting,
    supervision: supervisionList(lagging, rules, settings.supervisionPhrase, names),
    ranking: deptRanking(result.indicators, rules, names),
    findings,
  };
}

/**
 * The result and the bulletin model with the chasing added: the fields in the result, the findings
 * in both, 报送情况 in the model (and the 排名 when the setting turns it on).
 * @example withChasing(result, model, chasing, settings).result.reporting === chasing.reporting
 */
export function withChasing(result: BuildResult, model: BulletinModel, chasing: Chasing, settings: Pick<Settings, 'ranking'>): { result: BuildResult; model: BulletinModel } {
  const findings = [...result.findings, ...chasing.findings];
  return {
    result: { ...result, findings, reporting: chasing.reporting, supervision: chasing.supervision, ranking: chasing.ranking },
    model: { ...model, findings, reporting: chasing.reporting, ...(settings.ranking ? { ranking: chasing.ranking } : {}) },
  };
}
