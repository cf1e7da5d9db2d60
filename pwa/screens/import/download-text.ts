/** Saves text as a file through a temporary link (the browser's own download). */
export function downloadText(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `orders.csv` → `orders-rejected.csv`. */
export const rejectedFileName = (file: string): string => `${file.replace(/\.[^.]*$/, '')}-rejected.csv`;
