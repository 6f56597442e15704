/**
 * The messages between the page and the pane's worker. Requests carry an id; the worker answers
 * each with progress messages, then the chunks of the result's long arrays (chunkedTransfer.ts),
 * then one result (the rest) or one error. The envelope is checked with zod
 * where it arrives; the payloads (files, grids, outcomes) are the engine's own types and cross by
 * structured clone.
 */
import { z } from 'zod';
import type { BuildProgress, SheetRef } from '../host';
import type { ColumnMapping } from '../../domain/settings';
import type { BuildTask, NamedBytes, WorkSource } from './paneTasks';

export type WorkRequest =
  | { id: number; kind: 'setSource'; source: WorkSource }
  | { id: number; kind: 'readFiles'; files: NamedBytes[] }
  | { id: number; kind: 'listSheets' }
  | { id: number; kind: 'describeLayout'; ref: SheetRef; mappings: ColumnMapping[]; headerRow?: number }
  | { id: number; kind: 'build'; task: BuildTask };

export type WorkReply =
  | { id: number; kind: 'progress'; progress: BuildProgress }
  | { id: number; kind: 'chunk'; path: (string | number)[]; items: unknown[] }
  | { id: number; kind: 'result'; value: unknown }
  | { id: number; kind: 'error'; name: string; message: string };

const payload = z.unknown();

/** The request envelope, as the worker checks it. */
export const WorkRequestSchema = z.discriminatedUnion('kind', [
  z.object({ id: z.number(), kind: z.literal('setSource'), source: z.union([z.object({ files: z.array(z.object({ name: z.string(), data: payload })) }), z.object({ reading: payload })]) }),
  z.object({ id: z.number(), kind: z.literal('readFiles'), files: z.array(z.object({ name: z.string(), data: payload })) }),
  z.object({ id: z.number(), kind: z.literal('listSheets') }),
  z.object({ id: z.number(), kind: z.literal('describeLayout'), ref: z.object({ file: z.string(), sheet: z.string() }), mappings: z.array(payload), headerRow: z.number().optional() }),
  z.object({ id: z.number(), kind: z.literal('build'), task: z.object({ settings: payload, listed: payload, layout: z.boolean(), today: z.string().optional() }) }),
]);

/** The reply envelope, as the page checks it. */
export const WorkReplySchema = z.discriminatedUnion('kind', [
  z.object({ id: z.number(), kind: z.literal('progress'), progress: z.object({ stage: z.enum(['reading', 'computing', 'writing', 'done']), filesRead: z.number().optional(), filesTotal: z.number().optional(), rowsRead: z.number().optional() }) }),
  z.object({ id: z.number(), kind: z.literal('chunk'), path: z.array(z.union([z.string(), z.number()])), items: z.array(payload) }),
  z.object({ id: z.number(), kind: z.literal('result'), value: payload }),
  z.object({ id: z.number(), kind: z.literal('error'), name: z.string(), message: z.string() }),
]);
