/** A titled list of problems, every one shown (the engine and the map check report them all at once). */
export function ProblemList({ title, problems, role }: { title: string; problems: string[]; role?: 'alert' }) {
  return (
    <div class="problems" role={role}>
      <p>{title}</p>
      <ul>{problems.map((p, i) => <li key={i}>{p}</li>)}</ul>
    </div>
  );
}
