import { useRoute } from 'preact-iso';

/** One customer's card (issue #4). */
export function CustomerScreen() {
  const { params } = useRoute();
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{params.id}</h1>
    </section>
  );
}
