-- The anonymiser names the n:th party of a case "Kommun <n:th letter>", so "Kommun D" tells that
-- there are four parties or more, finer than an example's published number of parties may be
-- ("3–4", or "2 eller fler" and left out when the k-anonymity check generalises it). The app now
-- replaces such letters in what it publishes and filters stored text on read
-- (lib/anonymisation/party-letters.ts, through withoutOmitted); this rebuilds the search index of
-- the examples already published the same way, so that searching for a letter finds nothing the
-- published text does not say. The agreement's clause on its parties, which lists every party,
-- is published (and indexed) only where the published number is exact: two. A population band
-- finer than the published one is indexed as the broader one it falls in (as "[invånarantal]"
-- when the band is left out). The stored text is left as the owner approved it; the app filters
-- it on read. Data only; running it again changes nothing.

-- As in 20261205120000_examples_without_omitted_quasi_identifiers, with "Annonserad upphandling
-- enligt LOU" masked whole as the app has since: the index is built from the text with both
-- filters applied, as approveExample builds it.
CREATE OR REPLACE FUNCTION pg_temp.without_omitted(t text, form_out boolean, route_out boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
  SELECT CASE WHEN route_out THEN regexp_replace(f,
    $re$(?<![[:alnum:]ÅÄÖåäöÉéÜü])(?:[Mm]yndighetsutövning\s*\(utanför\s+LOU\)|[Dd]irektupphandl[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü])|[Hh]amburg[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü])|[Tt]eckal[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü])|[Ii]cke-ekonomisk[[:alpha:]ÅÄÖåäöÉéÜü]*\s+tjänst[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü])(?:\s+av\s+allmänt\s+intresse)?|(?:[Aa]nnonserad\s+)?[Uu]pphandling\s+enligt\s+LOU|[Oo]rdinarie\s+upphandling[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü]))$re$,
    '[upphandlingsväg]', 'g') ELSE f END
  FROM (SELECT CASE WHEN form_out THEN regexp_replace(t,
    $re$(?<![[:alnum:]ÅÄÖåäöÉéÜü])(?:[Aa]vtalssamverkan[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü])|(?<!\[)[Kk]ommunalförbund[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü])(?!\s[A-ZÅÄÖ](?![[:alnum:]ÅÄÖåäöÉéÜü]))|[Gg]emensam(?:ma)?\s+nämnd[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü])|[Ss]amordningsförbund[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü])|[Pp]rivaträttslig[[:alpha:]ÅÄÖåäöÉéÜü]*\s+samverkansform[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü])|[Nn]ätverk[[:alpha:]ÅÄÖåäöÉéÜü]*\s+och\s+informell[[:alpha:]ÅÄÖåäöÉéÜü]*\s+överenskommelse[[:alpha:]ÅÄÖåäöÉéÜü]*(?![[:alnum:]ÅÄÖåäöÉéÜü]))$re$,
    '[samverkansform]', 'g') ELSE t END AS f) AS masked
$fn$;

CREATE OR REPLACE FUNCTION pg_temp.without_party_letters(t text, party_count text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
  -- The least number of parties the published field allows ("3–4" → 3), and 2 when it is
  -- generalised or left out; the letters after it (from C under 2) are replaced, genitive and
  -- all, by what the anonymiser writes for a name it finds ("[kommun]", never "[kommun]:s").
  SELECT regexp_replace(regexp_replace(regexp_replace(regexp_replace(t,
      '(?<![[:alnum:]ÅÄÖåäöÉéÜü])[Kk]ommun[[:space:]' || chr(160) || chr(8239) || '][' || l || '-Z](?::?s)?(?![[:alnum:]ÅÄÖåäöÉéÜü])', '[kommun]', 'g'),
      '(?<![[:alnum:]ÅÄÖåäöÉéÜü])[Rr]egion[[:space:]' || chr(160) || chr(8239) || '][' || l || '-Z](?::?s)?(?![[:alnum:]ÅÄÖåäöÉéÜü])', '[region]', 'g'),
      '(?<![[:alnum:]ÅÄÖåäöÉéÜü])[Kk]ommunalförbund[[:space:]' || chr(160) || chr(8239) || '][' || l || '-Z](?::?s)?(?![[:alnum:]ÅÄÖåäöÉéÜü])', '[kommunalförbund]', 'g'),
      '(?<![[:alnum:]ÅÄÖåäöÉéÜü])[Pp]art[[:space:]' || chr(160) || chr(8239) || '][' || l || '-Z](?::?s)?(?![[:alnum:]ÅÄÖåäöÉéÜü])', '[namn]', 'g')
  FROM (SELECT chr(65 + least(25, CASE WHEN party_count ~ '^[0-9]+' THEN greatest(2, substring(party_count FROM '^[0-9]+')::int) ELSE 2 END)) AS l) AS letter
$fn$;

CREATE OR REPLACE FUNCTION pg_temp.without_fine_population(t text, band text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
  -- Under a population band published broader ('under-25000', '25000-99999', '100000-') each
  -- finer band in the text becomes the broader one it falls in; with the band left out, every
  -- band becomes '[invånarantal]' (lib/anonymisation/population-bands.ts).
  SELECT CASE
    WHEN band IS NULL THEN regexp_replace(t,
      '(?<![[:alnum:]ÅÄÖåäöÉéÜü])(?:200[[:space:]' || chr(160) || ']000[[:space:]' || chr(160) || ']invånare[[:space:]' || chr(160) || ']eller[[:space:]' || chr(160) || ']fler|100[[:space:]' || chr(160) || ']000[[:space:]' || chr(160) || ']invånare[[:space:]' || chr(160) || ']eller[[:space:]' || chr(160) || ']fler|färre[[:space:]' || chr(160) || ']än[[:space:]' || chr(160) || ']10[[:space:]' || chr(160) || ']000[[:space:]' || chr(160) || ']invånare|100[[:space:]' || chr(160) || ']000–199[[:space:]' || chr(160) || ']999[[:space:]' || chr(160) || ']invånare|färre[[:space:]' || chr(160) || ']än[[:space:]' || chr(160) || ']25[[:space:]' || chr(160) || ']000[[:space:]' || chr(160) || ']invånare|10[[:space:]' || chr(160) || ']000–24[[:space:]' || chr(160) || ']999[[:space:]' || chr(160) || ']invånare|25[[:space:]' || chr(160) || ']000–49[[:space:]' || chr(160) || ']999[[:space:]' || chr(160) || ']invånare|50[[:space:]' || chr(160) || ']000–99[[:space:]' || chr(160) || ']999[[:space:]' || chr(160) || ']invånare|25[[:space:]' || chr(160) || ']000–99[[:space:]' || chr(160) || ']999[[:space:]' || chr(160) || ']invånare)(?![[:alnum:]ÅÄÖåäöÉéÜü])', '[invånarantal]', 'g')
    WHEN band IN ('under-25000', '25000-99999', '100000-') THEN
      regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(t,
        '(?<![[:alnum:]ÅÄÖåäöÉéÜü])färre[[:space:]' || chr(160) || ']än[[:space:]' || chr(160) || ']10[[:space:]' || chr(160) || ']000[[:space:]' || chr(160) || ']invånare(?![[:alnum:]ÅÄÖåäöÉéÜü])', 'färre än 25 000 invånare', 'g'),
        '(?<![[:alnum:]ÅÄÖåäöÉéÜü])10[[:space:]' || chr(160) || ']000–24[[:space:]' || chr(160) || ']999[[:space:]' || chr(160) || ']invånare(?![[:alnum:]ÅÄÖåäöÉéÜü])', 'färre än 25 000 invånare', 'g'),
        '(?<![[:alnum:]ÅÄÖåäöÉéÜü])25[[:space:]' || chr(160) || ']000–49[[:space:]' || chr(160) || ']999[[:space:]' || chr(160) || ']invånare(?![[:alnum:]ÅÄÖåäöÉéÜü])', '25 000–99 999 invånare', 'g'),
        '(?<![[:alnum:]ÅÄÖåäöÉéÜü])50[[:space:]' || chr(160) || ']000–99[[:space:]' || chr(160) || ']999[[:space:]' || chr(160) || ']invånare(?![[:alnum:]ÅÄÖåäöÉéÜü])', '25 000–99 999 invånare', 'g'),
        '(?<![[:alnum:]ÅÄÖåäöÉéÜü])100[[:space:]' || chr(160) || ']000–199[[:space:]' || chr(160) || ']999[[:space:]' || chr(160) || ']invånare(?![[:alnum:]ÅÄÖåäöÉéÜü])', '100 000 invånare eller fler', 'g'),
        '(?<![[:alnum:]ÅÄÖåäöÉéÜü])200[[:space:]' || chr(160) || ']000[[:space:]' || chr(160) || ']invånare[[:space:]' || chr(160) || ']eller[[:space:]' || chr(160) || ']fler(?![[:alnum:]ÅÄÖåäöÉéÜü])', '100 000 invånare eller fler', 'g')
    ELSE t END
$fn$;

-- The text approveExample indexes: the title, then each section's heading and text.
WITH published AS (
  SELECT e."id",
    pg_temp.without_fine_population(pg_temp.without_party_letters(pg_temp.without_omitted(e."title", e."collaborationForm" IS NULL, e."procurementRoute" IS NULL), e."partyCount"), e."populationBand") AS title,
    pg_temp.without_fine_population(pg_temp.without_party_letters(pg_temp.without_omitted(
      e."title" || coalesce(E'\n\n' || (
        SELECT string_agg((s->>'heading') || E'\n' || (s->>'text'), E'\n\n' ORDER BY x.n)
        FROM jsonb_array_elements(e."sections") WITH ORDINALITY AS x(s, n)
        WHERE NOT (s->>'id' = 'form' AND e."collaborationForm" IS NULL)
          AND NOT (s->>'id' = 'upphandling' AND e."procurementRoute" IS NULL)
          -- The agreement's clause on its parties lists them all: indexed only under exactly two.
          AND NOT (s->>'id' = 'avtal.parter' AND e."partyCount" IS DISTINCT FROM '2')
      ), ''),
      e."collaborationForm" IS NULL, e."procurementRoute" IS NULL), e."partyCount"), e."populationBand") AS body
  FROM "CaseExample" e
  WHERE e."status" = 'APPROVED'
)
UPDATE "CaseExample" e
SET "searchVector" = setweight(to_tsvector('swedish', p.title), 'A') || setweight(to_tsvector('swedish', p.body), 'B')
FROM published p
WHERE e."id" = p."id"
  AND e."searchVector" IS DISTINCT FROM setweight(to_tsvector('swedish', p.title), 'A') || setweight(to_tsvector('swedish', p.body), 'B');

DROP FUNCTION pg_temp.without_fine_population(text, text);
DROP FUNCTION pg_temp.without_party_letters(text, text);
DROP FUNCTION pg_temp.without_omitted(text, boolean, boolean);
