/** The directory cache: a team's members are read once per TTL, and again after a user changes. */
import { CachedDirectory } from '../../bot/src/domain/access/cached-directory';
import { MemoryDirectoryRepository } from '../../bot/src/storage/memory/memory-repositories';

const T = 'tenant-c';
const user = (id: string, name: string, teamIds: string[]) => ({ id, tenantId: T, displayName: name, email: `${id}@example.com`, teamIds, roleIds: [] });

test('team members: cached, by name and capped; a changed user is seen at once', async () => {
  const inner = new MemoryDirectoryRepository();
  await inner.putUser(user('b', 'Bo', ['t1']));
  await inner.putUser(user('a', 'Anna', ['t1']));
  await inner.putUser(user('c', 'Cai', ['t2']));
  const spy = jest.spyOn(inner, 'teamMembers');
  const cached = new CachedDirectory(inner, 60_000);
  expect((await cached.teamMembers(T, 't1', 10)).map((u) => u.id)).toEqual(['a', 'b']);
  expect((await cached.teamMembers(T, 't1', 10)).map((u) => u.id)).toEqual(['a', 'b']);
  expect((await cached.teamMembers(T, 't1', 1)).map((u) => u.id)).toEqual(['a']);
  expect(spy).toHaveBeenCalledTimes(2);
  await cached.putUser(user('c', 'Cai', ['t1', 't2']));
  expect((await cached.teamMembers(T, 't1', 10)).map((u) => u.id)).toEqual(['a', 'b', 'c']);
  expect(await cached.teamMembers('other', 't1', 10)).toEqual([]);
});
