"use client";

import { useCombobox } from "downshift";
import { useEffect, useState } from "react";
import { INPUT_CLASS } from "@/components/forms/Field";
import { NOUNS, formatCount } from "@/lib/format/count";

interface Organization {
  id: string;
  name: string;
}

interface Matches {
  query: string;
  organizations: Organization[];
  total: number;
}

/** While a new search runs, the last matches stay in the list, so it does not blink at every keystroke. */
type Search = { state: "idle" } | { state: "searching"; previous: Matches | null } | { state: "failed" } | ({ state: "done" } & Matches);

/** Waits this long after the last keystroke before asking the server. */
const DEBOUNCE_MS = 150;

function statusText(search: Search, selected: Organization | null): string {
  if (selected) return `Vald: ${selected.name}.`;
  switch (search.state) {
    case "idle":
      return "";
    case "searching":
      return "Söker …";
    case "failed":
      return "Sökningen fungerar inte just nu. Skriv organisationens hela namn, så letar vi upp den när du skickar inbjudan.";
    case "done": {
      const shown = search.organizations.length;
      if (shown === 0) return `Ingen organisation har ”${search.query}” i namnet.`;
      const hits = formatCount(search.total, NOUNS.match);
      if (search.total > shown) return `${hits}; de första ${shown} visas. Skriv mer av namnet för att se färre.`;
      return `${hits}. Välj med piltangenterna och Enter, eller klicka.`;
    }
  }
}

/**
 * The partner organisation of an invitation: a text field that searches the server as you type
 * (WAI-ARIA combobox, by downshift) and a hidden field with the picked organisation's id.
 * Without JavaScript it is a plain text field; the server then looks the typed name up.
 */
export function OrganizationCombobox({
  caseId,
  inputId,
  describedBy,
  invalid,
  initial,
}: {
  caseId: string;
  inputId: string;
  describedBy: string | undefined;
  invalid: boolean;
  initial: { id?: string; name?: string };
}) {
  const initialPick = initial.id && initial.name ? { id: initial.id, name: initial.name } : null;
  const [picked, setPicked] = useState<Organization | null>(initialPick);
  // What the field holds, as downshift last said: a mirror for the search, never handed back to
  // downshift. A controlled inputValue lost letters typed a few milliseconds apart (a walk: "Fjäll"
  // became "Fäl", and Järfälla kommun was invited), the known downshift issue #1108.
  const [inputValue, setInputValue] = useState(initial.name ?? "");
  // Typing over a picked organisation un-picks it; the typed text stays as it is.
  const selected = picked && picked.name === inputValue ? picked : null;
  const [lastSearch, setSearch] = useState<Search>({ state: "idle" });
  const statusId = `${inputId}-status`;

  const query = inputValue.trim();
  const wantsSearch = query.length > 0 && selected?.name !== inputValue;
  // A picked organisation or an empty field needs no matches; earlier ones are not shown.
  const search: Search = wantsSearch ? lastSearch : { state: "idle" };
  useEffect(() => {
    if (!wantsSearch) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setSearch((last) => ({ state: "searching", previous: last.state === "done" ? last : last.state === "searching" ? last.previous : null }));
      try {
        const response = await fetch(`/arenden/${caseId}/partnerorganisationer?q=${encodeURIComponent(query)}`, {
          signal: controller.signal,
          headers: { accept: "application/json" },
        });
        if (!response.ok) throw new Error(`status ${response.status}`);
        const body = (await response.json()) as { organizations: Organization[]; total: number };
        setSearch({ state: "done", query, organizations: body.organizations, total: body.total });
      } catch {
        if (!controller.signal.aborted) setSearch({ state: "failed" });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [caseId, query, wantsSearch]);

  const items = search.state === "done" ? search.organizations : search.state === "searching" ? (search.previous?.organizations ?? []) : [];
  const { isOpen, getInputProps, getMenuProps, getItemProps, highlightedIndex } = useCombobox<Organization>({
    items,
    inputId,
    labelId: `${inputId}-label`,
    menuId: `${inputId}-menu`,
    getItemId: (index) => `${inputId}-option-${index}`,
    itemToString: (item) => item?.name ?? "",
    itemToKey: (item) => item?.id,
    initialInputValue: initial.name ?? "",
    // The pick is not handed back as a controlled prop: downshift would empty the field when
    // typing un-picks it.
    initialSelectedItem: initialPick,
    onInputValueChange: ({ inputValue: typed }) => setInputValue(typed),
    onSelectedItemChange: ({ selectedItem }) => setPicked(selectedItem ?? null),
  });
  const open = isOpen && items.length > 0;

  return (
    <div className="relative max-w-md">
      <input
        type="text"
        name="organizationName"
        className={INPUT_CLASS}
        aria-invalid={invalid ? true : undefined}
        {...getInputProps({ "aria-describedby": [describedBy, statusId].filter(Boolean).join(" ") })}
      />
      <input type="hidden" name="organizationId" value={selected?.id ?? ""} />
      {/* Above the list, so the count stays visible while the list is open. */}
      <p id={statusId} role="status" className="mt-1 min-h-5 text-sm text-slate-700">
        {statusText(search, selected)}
      </p>
      <ul {...getMenuProps()} className={open ? "absolute top-full left-0 z-10 mt-1 max-h-72 w-full overflow-y-auto rounded border-2 border-slate-700 bg-white shadow-lg" : "hidden"}>
        {open
          ? items.map((item, index) => (
              <li
                key={item.id}
                className={`cursor-pointer px-3 py-2 ${highlightedIndex === index ? "bg-brand-700 text-white" : ""} ${selected?.id === item.id ? "font-semibold" : ""}`}
                {...getItemProps({ item, index })}
              >
                {item.name}
              </li>
            ))
          : null}
      </ul>
    </div>
  );
}
