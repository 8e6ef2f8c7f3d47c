/**
 * What Teams tells an agent about their work (H3 "In Teams"): a case was assigned or transferred
 * to them, or a customer replied on a case they own. The actions and the intake pipeline emit
 * these; the Teams side (notifications) delivers them: an activity-feed notification and a batched
 * actionable card in the agent's personal chat with the bot, unless the agent turned them off.
 */

/** One thing an agent should hear about. `toUserId` is the agent told. */
export type WorkEvent =
  | { kind: 'assigned'; tenantId: string; recordId: string; toUserId: string; byUserId: string; at: string }
  | { kind: 'transferred'; tenantId: string; recordId: string; toUserId: string; byUserId: string; note: string; at: string }
  | { kind: 'customerReplied'; tenantId: string; recordId: string; toUserId: string; conversationId: string; messageId: string; at: string };

export type WorkEventKind = WorkEvent['kind'];

/** The port the actions and the intake pipeline call. */
export interface WorkNotifier {
  /**
   * Records the event durably for delivery (delivery itself happens later, batched, on any
   * instance). Callers await it after their change is saved and log a failure without failing
   * the action: a missed notification must never undo or fail the work it is about.
   */
  notify(event: WorkEvent): Promise<void>;
}

/** A notifier that tells no one: for unit tests of the actions and for setups without Teams. */
export const SILENT_NOTIFIER: WorkNotifier = { notify: () => Promise.resolve() };
