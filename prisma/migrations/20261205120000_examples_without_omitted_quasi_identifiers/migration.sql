-- Published examples whose collaboration form or procurement route the k-anonymity check left
-- out were indexed for search with text that names them ("Vald form: gemensam nämnd.",
-- "Parterna stöder sig på: …"), so SKR staff could find them by the very value left out.
-- The app now leaves such a value out of the text it publishes and filters stored text on
-- read (lib/anonymisation/omitted.ts, withoutOmitted); this rebuilds the search index of the
-- examples already published the same way: without the section that states the left-out value
-- ("form", "upphandling") and with every other mention of it masked. The stored text is left
-- as the owner approved it; the app filters it on read. Data only; running it again changes
-- nothing.

CREATE OR REPLACE FUNCTION pg_temp.without_omitted(t text, form_out boolean, route_out boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
  SELECT CASE WHEN route_out THEN regexp_replace(f,
    $re$(?<![[:alnum:]ÅÄÖåäöÉéÜü])(?:[Mm]yndighetsutövning\s*\(utanför\s+LOU\)|[Dd]irektupphandl[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü])|[Hh]amburg[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü])|[Tt]eckal[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü])|[Ii]cke-ekonomisk[[:alpha:]ÅÄÖåäöÉéÜü]*\s+tjänst[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü])(?:\s+av\s+allmänt\s+intresse)?|[Uu]pphandling\s+enligt\s+LOU|[Oo]rdinarie\s+upphandling[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü]))$re$,
    '[upphandlingsväg]', 'g') ELSE f END
  FROM (SELECT CASE WHEN form_out THEN regexp_replace(t,
    $re$(?<![[:alnum:]ÅÄÖåäöÉéÜü])(?:[Aa]vtalssamverkan[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü])|(?<!\[)[Kk]ommunalförbund[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü])(?!\s[A-ZÅÄÖ](?![[:alnum:]ÅÄÖåäöÉéÜü]))|[Gg]emensam(?:ma)?\s+nämnd[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü])|[Ss]amordningsförbund[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü])|[Pp]rivaträttslig[[:alpha:]ÅÄÖåäöÉéÜü]*\s+samverkansform[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü])|[Nn]ätverk[[:alpha:]ÅÄÖåäöÉéÜü]*\s+och\s+informell[[:alpha:]ÅÄÖåäöÉéÜü]*\s+överenskommelse[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü]))$re$,
    '[samverkansform]', 'g') ELSE t END AS f) AS masked
$fn$;

-- The text approveExample indexes: the title, then each section's heading and text.
WITH published AS (
  SELECT e."id",
    pg_temp.without_omitted(e."title", e."collaborationForm" IS NULL, e."procurementRoute" IS NULL) AS title,
    pg_temp.without_omitted(
      e."title" || coalesce(E'\n\n' || (
        SELECT string_agg((s->>'heading') || E'\n' || (s->>'text'), E'\n\n' ORDER BY x.n)
        FROM jsonb_array_elements(e."sections") WITH ORDINALITY AS x(s, n)
        WHERE NOT (s->>'id' = 'form' AND e."collaborationForm" IS NULL)
          AND NOT (s->>'id' = 'upphandling' AND e."procurementRoute" IS NULL)
      ), ''),
      e."collaborationForm" IS NULL, e."procurementRoute" IS NULL) AS body
  FROM "CaseExample" e
  WHERE e."status" = 'APPROVED' AND (e."collaborationForm" IS NULL OR e."procurementRoute" IS NULL)
)
UPDATE "CaseExample" e
SET "searchVector" = setweight(to_tsvector('swedish', p.title), 'A') || setweight(to_tsvector('swedish', p.body), 'B')
FROM published p
WHERE e."id" = p."id";

DROP FUNCTION pg_temp.without_omitted(text, boolean, boolean);
