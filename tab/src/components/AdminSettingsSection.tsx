/**
 * The frame of an administrators' section on the Settings page that edits one document with
 * If-Match: it loads the document, is not shown at all when the service answers 403 (not an
 * administrator), shows loading and failure, and keys the form by the document's ETag so a save
 * (a new ETag) starts it afresh — while remembering here that it was saved, so the new form can
 * still say so. The chat languages and the delegation policy use it.
 */
import { Subtitle2 } from '@fluentui/react-components';
import { useState, type DependencyList, type ReactNode } from 'react';
import { ApiProblem } from '../api/problem';
import { useLoad } from '../app/use-load';
import { Loading } from './Loading';
import { ProblemBanner } from './ProblemBanner';

/** What the section hands its form. */
export interface AdminFormProps<D> {
  doc: D;
  /** Just saved, unchanged since: the form's status says so. */
  saved: boolean;
  onEdit: () => void;
  onSaved: (doc: D) => void;
  onReload: () => void;
}

export interface AdminSettingsSectionProps<D extends { etag: string }> {
  headingId: string;
  heading: string;
  testId: string;
  loadingLabel: string;
  load: (signal: AbortSignal) => Promise<D>;
  /** What `load` depends on: a change loads again. */
  deps: DependencyList;
  form: (props: AdminFormProps<D>) => ReactNode;
  /** Shown under the form; `saves` counts the saves so far (a key that reloads what follows a save). */
  after?: ((doc: D, saves: number) => ReactNode) | undefined;
}

export function AdminSettingsSection<D extends { etag: string }>(props: AdminSettingsSectionProps<D>) {
  const loaded = useLoad(props.load, props.deps);
  const [saved, setSaved] = useState(false);
  const [saves, setSaves] = useState(0);
  const state = loaded.state;
  if (state.status === 'failed' && state.problem instanceof ApiProblem && state.problem.status === 403) return null;
  return (
    <section aria-labelledby={props.headingId} data-testid={props.testId}>
      <Subtitle2 as="h2" id={props.headingId}>
        {props.heading}
      </Subtitle2>
      {state.status === 'loading' && <Loading label={props.loadingLabel} />}
      {state.status === 'failed' && <ProblemBanner problem={state.problem} onRetry={loaded.reload} />}
      {state.status === 'done' && (
        <>
          <FormSlot key={state.data.etag}>
            {props.form({
              doc: state.data,
              saved,
              onEdit: () => setSaved(false),
              onSaved: (next) => {
                loaded.replace(next);
                setSaved(true);
                setSaves((n) => n + 1);
              },
              onReload: loaded.reload,
            })}
          </FormSlot>
          {props.after?.(state.data, saves)}
        </>
      )}
    </section>
  );
}

/** Gives the form a key of its own (the document's ETag). */
function FormSlot({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
