import { useRoute } from 'preact-iso';

/** The segment editor (issue #4); `/segments/new` creates one. */
export function SegmentEditorScreen() {
  const { params } = useRoute();
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{params.id}</h1>
    </section>
  );
}
