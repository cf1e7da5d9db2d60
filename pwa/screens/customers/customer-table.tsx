import type { CustomerRow } from '../../../core/worker/engine-api.ts';
import { formatCount, formatMinor } from '../../format.ts';

export function CustomerTable({ rows }: { rows: CustomerRow[] }) {
  if (!rows.length) return <p>No customers to show.</p>;
  return (
    <table aria-label="Customers">
      <thead>
        <tr>
          <th>ID</th>
          <th>Name</th>
          <th>Email</th>
          <th class="num">Recency, days</th>
          <th class="num">Frequency</th>
          <th class="num">Monetary</th>
          <th class="num">R</th>
          <th class="num">F</th>
          <th class="num">M</th>
          <th>Segment</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <td>{c.id}</td>
            <td>{c.name}</td>
            <td>{c.email ?? ''}</td>
            <td class="num">{c.recencyDays === undefined ? '' : formatCount(c.recencyDays)}</td>
            <td class="num">{formatCount(c.frequency)}</td>
            <td class="num">{formatMinor(c.monetary)}</td>
            <td class="num">{c.r || ''}</td>
            <td class="num">{c.f || ''}</td>
            <td class="num">{c.m || ''}</td>
            <td>{c.segment ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
