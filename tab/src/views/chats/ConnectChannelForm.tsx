/**
 * "Connect a channel" (C7): pick one of the user's teams, then one of its channels or a new
 * channel (named after the record when the name is left empty).
 */
import { Button, Field, Input, makeStyles, Radio, RadioGroup, Select, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { connectChannel, listMyTeams, listTeamChannels } from '../../api/endpoints';
import type { ChatConnection, TeamChannel } from '../../api/types';
import { useSession } from '../../app/session';
import { useLoad } from '../../app/use-load';
import { Loading } from '../../components/Loading';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import { useAction } from '../../app/use-action';

const NEW = '__new__';
const CHANNEL_NAME_MAX = 50;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'stretch' },
  submit: { alignSelf: 'flex-start' },
});

export interface ConnectChannelFormProps {
  recordId: string;
  connectedIds: ReadonlySet<string>;
  onConnected: (connection: ChatConnection) => void;
}

function channelText(channel: TeamChannel, t: I18n['t']): string {
  if (channel.membershipType === 'private') return `${channel.displayName} (${t('channels.private')})`;
  if (channel.membershipType === 'shared') return `${channel.displayName} (${t('channels.shared')})`;
  return channel.displayName;
}

export function ConnectChannelForm({ recordId, connectedIds, onConnected }: ConnectChannelFormProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const teams = useLoad((signal) => listMyTeams(api, signal), [api]);
  const [teamId, setTeamId] = useState('');
  const channels = useLoad(
    (signal) => (teamId === '' ? Promise.resolve([]) : listTeamChannels(api, teamId, signal)),
    [api, teamId],
  );
  const [choice, setChoice] = useState('');
  const [newName, setNewName] = useState('');
  const { busy, problem, run } = useAction();

  async function connect() {
    if (teamId === '' || choice === '') return;
    const request =
      choice === NEW ? { teamId, newChannelName: newName.trim() === '' ? null : newName.trim() } : { teamId, channelId: choice };
    await run(async () => {
      onConnected(await connectChannel(api, recordId, request));
      setChoice('');
      setNewName('');
    }, { settle: true });
  }

  if (teams.state.status === 'loading') return <Loading label={t('channels.teamsLoading')} />;
  if (teams.state.status === 'failed') return <ProblemBanner problem={teams.state.problem} onRetry={teams.reload} />;
  const myTeams = teams.state.data;

  return (
    <section className={styles.form} aria-labelledby="connect-channel-heading">
      <Subtitle2 as="h3" id="connect-channel-heading">
        {t('channels.connectTitle')}
      </Subtitle2>
      <Field label={t('channels.team')} hint={myTeams.length === 0 ? t('channels.noTeams') : undefined}>
        <Select
          data-testid="team-select"
          value={teamId}
          disabled={busy || myTeams.length === 0}
          onChange={(_, data) => {
            setTeamId(data.value);
            setChoice('');
          }}
        >
          <option value="">{t('channels.chooseTeam')}</option>
          {myTeams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.displayName}
            </option>
          ))}
        </Select>
      </Field>
      {teamId !== '' && channels.state.status === 'loading' && <Loading label={t('channels.channelsLoading')} />}
      {teamId !== '' && channels.state.status === 'failed' && (
        <ProblemBanner problem={channels.state.problem} onRetry={channels.reload} />
      )}
      {teamId !== '' && channels.state.status === 'done' && (
        <Field label={t('channels.channel')}>
          <RadioGroup value={choice} disabled={busy} onChange={(_, data) => setChoice(data.value)}>
            {channels.state.data
              .filter((channel) => !connectedIds.has(channel.id))
              .map((channel) => (
                <Radio key={channel.id} value={channel.id} label={channelText(channel, t)} data-testid={`channel-option-${channel.id}`} />
              ))}
            <Radio value={NEW} label={t('channels.new')} data-testid="channel-option-new" />
          </RadioGroup>
        </Field>
      )}
      {choice === NEW && (
        <Field label={t('channels.newName')} hint={t('channels.newNameHint')}>
          <Input
            data-testid="new-channel-name"
            value={newName}
            maxLength={CHANNEL_NAME_MAX}
            disabled={busy}
            onChange={(_, data) => setNewName(data.value)}
          />
        </Field>
      )}
      {problem !== null && <ProblemBanner problem={problem} />}
      <Button
        className={styles.submit}
        appearance="primary"
        disabled={busy || teamId === '' || choice === ''}
        icon={busy ? <Spinner size="extra-tiny" /> : undefined}
        onClick={() => void connect()}
        data-testid="connect-channel"
      >
        {choice === NEW ? t('channels.create') : t('channels.connect')}
      </Button>
    </section>
  );
}
