/** Agents' status documents (`agentstatus`, [tenantId, userId]): one point write per change or heartbeat. */
import type { Container } from '@azure/cosmos';
import type { AgentStatusRepository } from '../../domain/sessions/ports';
import type { AgentStatusDoc } from '../../domain/sessions/session';
import { pointRead, queryAll, withoutSystemProperties } from './cosmos-helpers';

type StatusItem = AgentStatusDoc & { id: string };

function toDoc(item: StatusItem): AgentStatusDoc {
  const { id: _id, ...doc } = withoutSystemProperties(item);
  return doc;
}

export class CosmosAgentStatusRepository implements AgentStatusRepository {
  constructor(private readonly container: Container) {}

  async get(tenantId: string, userId: string): Promise<AgentStatusDoc | null> {
    const found = await pointRead<StatusItem>(this.container, userId, [tenantId, userId]);
    return found ? toDoc(found.value) : null;
  }

  async put(doc: AgentStatusDoc): Promise<void> {
    // Last writer wins: a status and a heartbeat are each the agent's own latest word.
    await this.container.items.upsert<StatusItem>({ ...doc, id: doc.userId });
  }

  async list(tenantId: string): Promise<AgentStatusDoc[]> {
    const items = await queryAll<StatusItem>(this.container, 'SELECT * FROM c WHERE c.tenantId = @tenantId', [], [tenantId]);
    return items.map(toDoc).sort((a, b) => a.userId.localeCompare(b.userId));
  }
}
