/** Addresses whose mail bounced (H1): no acknowledgement goes there until they write to us again. */

export interface AddressHealthRepository {
  markFailing(tenantId: string, address: string, at: string, reason: string): Promise<void>;
  /** A person whose mail arrives from the address shows it works again. */
  clear(tenantId: string, address: string): Promise<void>;
  isFailing(tenantId: string, address: string): Promise<boolean>;
}
