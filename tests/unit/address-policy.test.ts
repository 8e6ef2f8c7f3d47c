/** H1: which support addresses a tenant may claim — the operator's rule, checked before the claim. */
import { addressPolicy, parseAddressDomains } from '../../bot/src/domain/intake/address-policy';
import { ValidationError } from '../../bot/src/domain/shared/errors';
import { SettingsService } from '../../bot/src/domain/settings/settings-service';
import { RecordTypeService } from '../../bot/src/domain/records/record-type-service';
import { CallerService } from '../../bot/src/domain/access/caller-service';
import { seedDemoData } from '../../bot/src/sandbox/seed';
import { CONTOSO, DEMO_USERS, FABRIKAM } from '../../bot/src/sandbox/demo-data';
import { MemoryMailRouteRepository } from '../../bot/src/storage/memory/memory-conversations';
import {
  MemoryAuditRepository, MemoryCounterRepository, MemoryDirectoryRepository, MemoryPeopleRepository, MemoryRecordRepository, MemoryRecordTypeRepository, MemorySettingsRepository,
} from '../../bot/src/storage/memory/memory-repositories';

const policy = addressPolicy({ domains: { a: ['a.example', 'a.dk'] }, ownerTenantId: 'owner', sharedMailbox: 'help@owner.example' });

test.each<[string, string, boolean]>([
  ['a', 'support@a.example', true],
  ['a', 'Support@A.DK', true],
  ['a', 'support@b.example', false],
  ['a', 'support@sub.a.example', false],
  ['a', 'help@owner.example', false],
  ['owner', 'help@owner.example', true],
  ['owner', 'anything@else.example', true],
  ['stranger', 'support@stranger.example', false],
])('tenant %p claiming %p: %p', (tenantId, address, allowed) => {
  expect(policy(tenantId, address)).toBe(allowed);
});

test('MAIL_ADDRESS_DOMAINS parses, and malformed text is refused', () => {
  expect(parseAddressDomains('t1=Contoso.com|contoso.dk, t2=fabrikam.com')).toEqual({ t1: ['contoso.com', 'contoso.dk'], t2: ['fabrikam.com'] });
  expect(parseAddressDomains('t1')).toBeNull();
  expect(parseAddressDomains('t1=not a domain')).toBeNull();
});

test('the settings service refuses an address the policy does not allow, before claiming it', async () => {
  const store = {
    directory: new MemoryDirectoryRepository(), records: new MemoryRecordRepository(), counters: new MemoryCounterRepository(), recordTypes: new MemoryRecordTypeRepository(),
    people: new MemoryPeopleRepository(), settings: new MemorySettingsRepository(), mailRoutes: new MemoryMailRouteRepository(),
  };
  await seedDemoData(store);
  const settings = new SettingsService(store.settings, new MemoryAuditRepository(), new RecordTypeService(store.recordTypes), () => new Date(), 0, store.mailRoutes,
    addressPolicy({ domains: { [CONTOSO]: ['contoso.example'], [FABRIKAM]: ['fabrikam.example'] }, ownerTenantId: null, sharedMailbox: null }));
  const nora = await new CallerService(store.directory).resolve(FABRIKAM, DEMO_USERS.nora);
  const current = await settings.get(nora, 'case');
  const error = await settings.update(nora, 'case', current.etag, { intake: { supportAddress: 'sales@contoso.example' } }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect(error).toMatchObject({ issues: [{ path: 'intake.supportAddress', messageKey: 'issue.addressNotAllowed' }] });
  expect(await store.mailRoutes.get('sales@contoso.example')).toBeNull();
  const saved = await settings.update(nora, 'case', current.etag, { intake: { supportAddress: 'help@fabrikam.example' } });
  expect(saved.settings.intake.supportAddress).toBe('help@fabrikam.example');
  expect(await store.mailRoutes.get('help@fabrikam.example')).toMatchObject({ tenantId: FABRIKAM, recordType: 'case' });
});
