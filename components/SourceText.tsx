/**
 * A source as the reference data writes it ("Upphandlingsmyndigheten: Title, https://… (note)"),
 * with its title as the link: the address written out took three lines of a phone's screen in the
 * economy calculator (a walk). A source without an address is shown as it is.
 */
export function SourceText({ source }: { source: string | undefined }) {
  if (!source) return null;
  const match = /^(.*?),\s+(https?:\/\/\S+)(\s+\(.*\))?$/.exec(source);
  if (!match) return <>{source}</>;
  const [, title, url, note] = match;
  return (
    <>
      <a href={url} className="text-brand-700 underline">
        {title}
      </a>
      {note ?? ""}
    </>
  );
}
