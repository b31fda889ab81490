/**
 * Samverka's wordmark: two interlocking rings (parties that keep their own identity but work
 * together) and the name. The rings are decorative; the link around it names the service.
 */
export function Wordmark() {
  return (
    <span className="flex items-center gap-2">
      <svg aria-hidden="true" focusable="false" viewBox="0 0 40 28" className="h-7 w-10">
        <circle cx="14" cy="14" r="10" fill="none" stroke="currentColor" strokeWidth="3.5" />
        <circle cx="26" cy="14" r="10" fill="none" stroke="#f4c542" strokeWidth="3.5" />
      </svg>
      <span className="text-2xl font-bold tracking-tight">Samverka</span>
    </span>
  );
}
