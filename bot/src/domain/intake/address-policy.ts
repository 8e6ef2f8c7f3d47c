/**
 * Which support addresses a tenant may claim (H1). Claiming is first come, first served across
 * tenants, so without a rule one tenant could take another's address — or the deployment's shared
 * Microsoft 365 mailbox — and receive its mail. The operator decides:
 * - the shared mailbox (MAIL_MAILBOX) belongs to the deployment's own tenant only;
 * - a tenant listed in MAIL_ADDRESS_DOMAINS may use addresses at its listed domains only;
 * - a tenant not listed: the deployment's own tenant may use any address, every other none.
 */

export interface AddressPolicyOptions {
  /** Per tenant id, the mail domains (lower-case) its support addresses may be at. */
  domains: Readonly<Record<string, readonly string[]>>;
  /** The tenant the deployment belongs to (the bot's and Graph mailbox's), if any. */
  ownerTenantId: string | null;
  /** The shared mailbox Graph reads, if any (lower-case). */
  sharedMailbox: string | null;
}

export type AddressPolicy = (tenantId: string, address: string) => boolean;

export function addressPolicy(options: AddressPolicyOptions): AddressPolicy {
  return (tenantId, address) => {
    const normalized = address.trim().toLowerCase();
    if (options.sharedMailbox !== null && normalized === options.sharedMailbox) return tenantId === options.ownerTenantId;
    const listed = options.domains[tenantId];
    if (listed) return listed.includes(normalized.slice(normalized.lastIndexOf('@') + 1));
    return tenantId === options.ownerTenantId;
  };
}

/** Parses `tenant-a=contoso.com|contoso.dk,tenant-b=fabrikam.com`; null when malformed. */
export function parseAddressDomains(value: string): Record<string, string[]> | null {
  const out: Record<string, string[]> = {};
  for (const part of value.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const [tenantId, domains] = part.split('=');
    if (!tenantId?.trim() || !domains?.trim()) return null;
    const list = domains.split('|').map((d) => d.trim().toLowerCase()).filter((d) => d !== '');
    if (list.length === 0 || list.some((d) => !/^[a-z0-9.-]+\.[a-z]{2,}$/.test(d))) return null;
    out[tenantId.trim()] = [...(out[tenantId.trim()] ?? []), ...list];
  }
  return out;
}
