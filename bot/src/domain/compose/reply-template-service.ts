/**
 * Reply templates: administrators keep them; every agent lists them and renders one for a case.
 * Every change is audited (B8) under the subject `replyTemplates`: who, when, old and new.
 */
import { isAdmin, type Caller } from '../access/access';
import type { PeopleRepository } from '../people/people-repository';
import type { RecordService } from '../records/record-service';
import type { AuditEntry, AuditRepository } from '../settings/settings-repository';
import { ForbiddenError, NotFoundError, PreconditionFailedError, ValidationError, type FieldIssue } from '../shared/errors';
import type { Clock, Locale, Page, PageRequest, Versioned } from '../shared/types';
import { fillTemplate, PLACEHOLDERS, templateIssues, templateLocale, type Placeholder, type ReplyTemplate } from './reply-template';
import type { ReplyTemplateRepository } from './reply-template-repository';

export interface TemplateInput {
  name: string;
  texts: ReplyTemplate['texts'];
}

/** A template filled for one case, in one language. */
export interface RenderedTemplate {
  locale: Locale;
  text: string;
}

export interface ReplyTemplateDeps {
  templates: ReplyTemplateRepository;
  records: RecordService;
  people: PeopleRepository;
  audit: AuditRepository;
  clock: Clock;
  newId: () => string;
}

/** The audit subject of a tenant's reply templates. */
export const TEMPLATE_AUDIT_SUBJECT = 'replyTemplates';

const content = (t: ReplyTemplate) => ({ id: t.id, name: t.name, texts: bodies(t.texts) });

/** The texts with nothing but their bodies (a template stored with a subject before keeps none). */
export function bodies(texts: ReplyTemplate['texts']): ReplyTemplate['texts'] {
  return Object.fromEntries(Object.entries(texts).flatMap(([locale, text]) => (text ? [[locale, { body: text.body }]] : [])));
}

export class ReplyTemplateService {
  constructor(private readonly d: ReplyTemplateDeps) {}

  /** Every template of the caller's tenant (any signed-in user: agents pick from them). */
  list(caller: Caller): Promise<Array<Versioned<ReplyTemplate>>> {
    return this.d.templates.list(caller.tenantId);
  }

  async create(caller: Caller, input: TemplateInput): Promise<Versioned<ReplyTemplate>> {
    this.checkAdmin(caller);
    checkTexts(input);
    const now = this.d.clock().toISOString();
    const created = await this.d.templates.create({ id: this.d.newId(), tenantId: caller.tenantId, name: input.name, texts: bodies(input.texts), createdAt: now, updatedAt: now, updatedBy: caller.user.id });
    await this.audited(caller, 'create', now, null, created.value);
    return created;
  }

  /** Replaces name and texts; with `etag`, only if the template is still that version. */
  async update(caller: Caller, id: string, input: TemplateInput, etag?: string): Promise<Versioned<ReplyTemplate>> {
    this.checkAdmin(caller);
    const current = await this.d.templates.get(caller.tenantId, id);
    if (!current) throw new NotFoundError();
    checkTexts(input);
    if (etag !== undefined && etag !== current.etag) throw new PreconditionFailedError();
    const next: ReplyTemplate = { ...current.value, name: input.name, texts: bodies(input.texts), updatedAt: this.d.clock().toISOString(), updatedBy: caller.user.id };
    const replaced = await this.d.templates.replace(next, etag ?? current.etag);
    await this.audited(caller, 'update', next.updatedAt, current.value, replaced.value);
    return replaced;
  }

  async delete(caller: Caller, id: string, etag?: string): Promise<void> {
    this.checkAdmin(caller);
    const current = await this.d.templates.get(caller.tenantId, id);
    if (!current) throw new NotFoundError();
    await this.d.templates.delete(caller.tenantId, id, etag);
    await this.audited(caller, 'delete', this.d.clock().toISOString(), current.value, null);
  }

  /** Who changed which template when, old and new (administrators), newest first. */
  auditTrail(caller: Caller, page: PageRequest): Promise<Page<AuditEntry>> {
    this.checkAdmin(caller);
    return this.d.audit.list(caller.tenantId, TEMPLATE_AUDIT_SUBJECT, page);
  }

  /** One audit entry per change (after it is saved; its id makes a repeat harmless). */
  private async audited(caller: Caller, action: 'create' | 'update' | 'delete', at: string, before: ReplyTemplate | null, after: ReplyTemplate | null): Promise<void> {
    const id = (after ?? before)?.id ?? '';
    await this.d.audit.put([{
      id: `${TEMPLATE_AUDIT_SUBJECT}:${id}:${action}:${at}`, tenantId: caller.tenantId, subject: TEMPLATE_AUDIT_SUBJECT, revision: Date.parse(at) || 0, at,
      actorId: caller.user.id, path: `${id}.${action}`, oldValue: before ? content(before) : null, newValue: after ? content(after) : null,
    }]);
  }

  /** The template filled for a case the caller may read, in `locale` (else English, else what it has). */
  async render(caller: Caller, recordId: string, templateId: string, locale: Locale): Promise<RenderedTemplate> {
    const record = (await this.d.records.get(caller, recordId)).value;
    const template = await this.d.templates.get(caller.tenantId, templateId);
    if (!template) throw new NotFoundError();
    const chosen = templateLocale(template.value.texts, locale);
    const text = chosen ? template.value.texts[chosen] : undefined;
    if (!chosen || !text) throw new NotFoundError();
    const person = record.personId ? await this.d.people.getPerson(caller.tenantId, record.personId) : null;
    const company = person?.companyId ? await this.d.people.getCompany(caller.tenantId, person.companyId) : null;
    const values: Partial<Record<Placeholder, string>> = {
      'person.name': person?.name ?? '',
      'person.firstName': person?.name.split(/\s+/)[0] ?? '',
      'person.email': person?.email ?? '',
      'record.number': record.number,
      'record.title': record.title,
      'agent.name': caller.user.displayName,
      'agent.email': caller.user.email,
      'company.name': company?.name ?? '',
    };
    return { locale: chosen, text: fillTemplate(text.body, values) };
  }

  private checkAdmin(caller: Caller): void {
    if (!isAdmin(caller)) throw new ForbiddenError('compose.error.templatesAdminOnly');
  }
}

/** At least one language, and only known placeholders (400 naming each field otherwise). */
function checkTexts(input: TemplateInput): void {
  const issues: FieldIssue[] = templateIssues(input.texts).map((i) => ({
    path: i.path, messageKey: 'compose.issue.unknownPlaceholder', params: { names: i.names.map((n) => `{{${n}}}`).join(', '), known: PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ') },
  }));
  if (Object.values(input.texts).every((text) => text === undefined)) issues.push({ path: 'texts', messageKey: 'compose.issue.noLanguage' });
  if (issues.length > 0) throw new ValidationError(issues);
}
