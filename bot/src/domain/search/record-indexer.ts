/**
 * The port through which writers of customer messages keep a record's text search current (H2):
 * the words of a case's messages are searchable on the case. Implemented in this folder (the
 * stemmed en/da/sv term index stored on the record).
 */
export interface RecordIndexer {
  /**
   * Adds the words of new messages to the record's search terms. Retries on an ETag conflict;
   * a missing record is not an error. Callers await it after the messages are saved.
   */
  messagesAdded(tenantId: string, recordId: string, texts: readonly string[]): Promise<void>;
  /**
   * Rebuilds the record's search terms from its fields and its stored messages (after messages
   * left it, H3 split). Retries on an ETag conflict; a missing record is not an error.
   */
  rebuild(tenantId: string, recordId: string): Promise<void>;
}
