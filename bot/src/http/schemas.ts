/** Request and response schemas of the REST API: validation at the edge and the OpenAPI document. */
import { z } from 'zod';
import { PRIVILEGES } from '../domain/access/access';
import { RECORD_PRIORITIES, RECORD_STATUSES } from '../domain/records/record';
import { RecordTypeSettingsSchema } from '../domain/settings/settings';

/** Ids as Cosmos DB allows them, bounded. */
export const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/);
export const IdParams = z.object({ id: Id });
export const TypeParams = z.object({ type: z.string().regex(/^[a-z][a-z0-9]{1,39}$/) });

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  continuation: z.string().max(4000).optional(),
});

export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  offer: z.object({ action: z.literal('newConnectedChat'), memberIds: z.array(z.string()) }).optional(),
  conditions: z.array(z.enum(['chatNotConnected', 'joinChatOff', 'noWriteAccess'])).optional(),
});

const Depth = z.enum(['own', 'team', 'tenant']).nullable();
const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const Me = z.object({
  user: z.object({ id: z.string(), tenantId: z.string(), displayName: z.string(), email: z.string(), locale: z.string() }),
  tenant: z.object({ id: z.string(), name: z.string() }),
  roles: z.array(z.object({ id: z.string(), name: z.string() })),
  isAdmin: z.boolean(),
  privileges: z.record(z.string(), z.object(Object.fromEntries(PRIVILEGES.map((p) => [p, Depth])))),
});

export const RecordTypeView = z.object({
  id: z.string(),
  name: z.string(),
  pluralName: z.string(),
  prefix: z.string(),
  builtIn: z.boolean(),
  fields: z.array(z.object({ name: z.string(), label: z.string(), kind: z.string(), restricted: z.boolean() })),
});

const Ref = z.object({ id: z.string(), displayName: z.string() });

export const RecordView = z.object({
  id: z.string(),
  type: z.string(),
  number: z.string(),
  title: z.string(),
  description: z.string().optional(),
  status: z.enum(RECORD_STATUSES),
  priority: z.enum(RECORD_PRIORITIES).optional(),
  owner: Ref.nullable().optional(),
  owningTeam: z.object({ id: z.string(), name: z.string() }).nullable().optional(),
  person: z
    .object({ id: z.string(), name: z.string(), email: z.string().nullable(), phone: z.string().nullable(), company: z.object({ id: z.string(), name: z.string() }).nullable() })
    .nullable()
    .optional(),
  customFields: z.record(z.string(), Scalar),
  createdAt: z.string(),
  updatedAt: z.string(),
  etag: z.string(),
  url: z.string(),
  /** The Teams deep link to the record in the tab; null until TEAMS_APP_ID is configured. */
  teamsUrl: z.string().nullable(),
  canWrite: z.boolean(),
  /** H2: the caller marked the record a favorite (on GET /api/records/{id}). */
  favorite: z.boolean().optional(),
  /** H3 postpone: when the case reopens itself (ISO); null when it is not postponed. */
  postponedUntil: z.string().nullable().optional(),
  /** J6: parked by a delegate (`by`) for a delegator (`for`) to pick up; null when not parked. */
  parked: z.object({ for: Ref, by: Ref, at: z.string() }).nullable().optional(),
});

export const RecordPage = z.object({ items: z.array(RecordView), continuation: z.string().nullable() });

export const RecordListQuery = PageQuery.extend({
  /** H2 text search: stemmed en/da/sv words, every one must match, best matches first. */
  q: z.string().max(200).optional(),
  type: z.string().max(40).optional(),
  status: z.enum(RECORD_STATUSES).optional(),
  ownerId: Id.optional(),
  number: z.string().max(40).optional(),
  personId: Id.optional(),
  companyId: Id.optional(),
  teamId: Id.optional(),
  priority: z.enum(RECORD_PRIORITIES).optional(),
});

const Changes = {
  title: z.string().trim().min(1).max(400),
  description: z.string().max(20_000),
  status: z.enum(RECORD_STATUSES),
  priority: z.enum(RECORD_PRIORITIES),
  ownerId: Id.nullable(),
  owningTeamId: Id.nullable(),
  personId: Id.nullable(),
  customFields: z.record(z.string().max(80), Scalar).refine((o) => Object.keys(o).length <= 50, 'issue.tooManyCustomFields'),
};

export const RecordCreate = z.object({ type: z.string().max(40), ...Changes }).partial().required({ type: true, title: true }).strict();
export const RecordPatch = z.object(Changes).partial().strict().refine((o) => Object.keys(o).length > 0, 'issue.sendAField');

export const PersonView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  company: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export const PersonPage = z.object({ items: z.array(PersonView), continuation: z.string().nullable() });
export const PersonCreate = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(320).nullable().optional(),
    phone: z.string().trim().max(40).nullable().optional(),
    companyId: Id.nullable().optional(),
  })
  .strict();

export const CompanyView = z.object({ id: z.string(), name: z.string() });
export const CompanyPage = z.object({ items: z.array(CompanyView), continuation: z.string().nullable() });
export const CompanyDetail = CompanyView.extend({ people: z.array(PersonView), cases: z.array(RecordView) });
export const CompanyCreate = z.object({ name: z.string().trim().min(1).max(200) }).strict();
export const SearchQuery = PageQuery.extend({ q: z.string().max(200).optional() });

export const SettingsView = z.object({ type: z.string(), settings: RecordTypeSettingsSchema, etag: z.string() });

export const AuditPage = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      actor: Ref,
      path: z.string(),
      oldValue: z.unknown(),
      newValue: z.unknown(),
    }),
  ),
  continuation: z.string().nullable(),
});

const ChatLanguage = z.enum(['en', 'da', 'sv']).nullable();
export const ChatLanguagesView = z.object({
  tenant: z.object({ language: ChatLanguage }),
  teams: z.array(z.object({ id: z.string(), name: z.string(), language: ChatLanguage })),
  etag: z.string(),
});
export const ChatLanguagesPatch = z
  .object({
    tenant: z.object({ language: ChatLanguage }).strict().optional(),
    teams: z.array(z.object({ id: Id, language: ChatLanguage }).strict()).max(500).optional(),
  })
  .strict();

const LocalizedName = z.object({ singular: z.string().trim().min(1).max(80), plural: z.string().trim().min(1).max(80) });
export const RecordTypeCreate = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9]{1,39}$/),
    prefix: z.string().regex(/^[A-Z]{2,5}$/),
    names: z.object({ en: LocalizedName, da: LocalizedName, sv: LocalizedName }),
    customFields: z
      .array(
        z.object({
          name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/),
          kind: z.enum(['text', 'longtext', 'number', 'boolean', 'date', 'choice']),
          labels: z.object({ en: z.string().min(1).max(80), da: z.string().min(1).max(80), sv: z.string().min(1).max(80) }),
          choices: z.array(z.string().min(1).max(80)).max(50).optional(),
        }),
      )
      .max(50)
      .default([]),
  })
  .strict();

export const ClientConfig = z.object({
  mode: z.enum(['local', 'azure']),
  ssoClientId: z.string().nullable(),
  initiateLoginEndpoint: z.string().nullable(),
  publicUrl: z.string(),
});

export const Health = z.object({ status: z.enum(['ok', 'unavailable']) });

/** Header docs reused by routes with optimistic concurrency. */
export const IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag of the version the change is based on.' };

/** How a change sent with If-Match can be refused (optimistic concurrency). */
export const PRECONDITION_PROBLEMS = {
  412: { description: 'Changed since you read it: read it again', schema: Problem, contentType: 'application/problem+json' },
  428: { description: 'If-Match missing', schema: Problem, contentType: 'application/problem+json' },
};
