import type { Metadata } from "next";
import Link from "@/components/Link";
import { DateTime } from "@/components/DateTime";
import { TableScroll } from "@/components/TableScroll";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { generateDocumentsAction } from "@/lib/case-documents/actions";
import { ApprovalNote } from "@/lib/case-documents/components/ApprovalNote";
import { GenerateDocumentsForm } from "@/lib/case-documents/components/GenerateDocumentsForm";
import { loadCaseDocuments, type StoredDocument } from "@/lib/case-documents/data";
import { DOCUMENT_KIND_LABELS, fileApprovalStamp, type DocumentKind } from "@/lib/documents";
import { casePageMetadata } from "@/lib/cases/page-title";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return casePageMetadata("Dokument", (await params).id);
}

const FORMAT_LABELS: Record<string, string> = { docx: "Word", pdf: "PDF" };

function kib(size: number): string {
  return `${new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(size / 1024)))}\u00a0kB`;
}

export default async function DocumentsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const data = await guardPage(`/arenden/${id}/dokument`, () => loadCaseDocuments(actor, id));
  const partyName = new Map(data.parties.map((p) => [p.id, p.name]));
  const label = (d: Pick<StoredDocument, "kind" | "partyId">) =>
    `${DOCUMENT_KIND_LABELS[d.kind as DocumentKind] ?? d.kind}${d.partyId ? ` – ${partyName.get(d.partyId) ?? d.partyId}` : ""}`;
  const current = data.stored.filter((d) => d.current);
  const earlier = data.stored.filter((d) => !d.current);
  const groups = [
    { id: "gemensamma", title: "Gemensamma dokument", specs: data.specs.filter((s) => !s.partyId) },
    ...data.parties.map((p) => ({ id: `part-${p.id}`, title: p.name, specs: data.specs.filter((s) => s.partyId === p.id) })),
  ];
  return (
    <article aria-labelledby="rubrik">
      <p className="text-sm">
        <Link href={`/arenden/${id}`} className="text-brand-700 underline">
          ← Till ärendets översikt
        </Link>
      </p>
      <h1 id="rubrik" className="mt-2 text-3xl font-bold">
        Dokument för {data.title}
      </h1>
      <p className="mt-2 max-w-3xl">
        Avtalet, tjänsteskrivelserna, avsiktsförklaringen och bilagorna skapas från ärendets svar i version {data.version}. Varje fil sparas med versionen och en
        kontrollsumma (SHA-256), så att det en nämnd beslutade om kan hämtas igen oförändrat. Det som svaren inte avgör är markerat med […] i dokumenten.
      </p>
      <ApprovalNote approval={data.approval} partial={data.partialApproval} />

      {data.canGenerate ? <GenerateDocumentsForm action={generateDocumentsAction.bind(null, id)} version={data.version} /> : null}

      <section aria-labelledby="aktuella-rubrik" className="mt-10">
        <h2 id="aktuella-rubrik" className="text-2xl font-semibold">
          Version {data.version}
        </h2>
        {groups.map((group) =>
          group.specs.length ? (
            <section key={group.id} aria-labelledby={`${group.id}-rubrik`} className="mt-6">
              <h3 id={`${group.id}-rubrik`} className="text-xl font-semibold">
                {group.title}
              </h3>
              <ul className="mt-2 space-y-3">
                {group.specs.map((spec) => {
                  const files = current.filter((d) => d.kind === spec.kind && d.partyId === (spec.partyId ?? ""));
                  const name = DOCUMENT_KIND_LABELS[spec.kind];
                  return (
                    <li key={`${spec.kind}-${spec.partyId ?? ""}`}>
                      <span className="font-semibold">{name}</span>
                      <span className="ml-2">
                        <a
                          className="text-brand-700 underline"
                          aria-label={`Utskriftsvy: ${spec.label}`}
                          href={`/arenden/${id}/dokument/utskrift?typ=${spec.kind}${spec.partyId ? `&part=${encodeURIComponent(spec.partyId)}` : ""}`}
                        >
                          Utskriftsvy
                        </a>
                        {files.map((file) => (
                          <span key={file.id}>
                            {" · "}
                            <a
                              className="text-brand-700 underline"
                              aria-label={`Ladda ned ${FORMAT_LABELS[file.format] ?? file.format}: ${spec.label}, ${fileApprovalStamp(file)}`}
                              href={`/arenden/${id}/dokument/${file.id}`}
                              download
                            >
                              Ladda ned {FORMAT_LABELS[file.format] ?? file.format}, {fileApprovalStamp(file)}
                            </a>{" "}
                            ({kib(file.size)})
                          </span>
                        ))}
                        {files.length === 0 ? (
                          <span className="text-slate-700">
                            {" "}
                            · Inga sparade filer för version {data.version}
                            {earlier.some((d) => d.caseVersion === data.version && d.kind === spec.kind && d.partyId === (spec.partyId ?? ""))
                              ? " med granskningsläget som gäller nu. Äldre filer av versionen finns under ”Tidigare filer”."
                              : " än"}
                          </span>
                        ) : null}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </section>
          ) : null,
        )}
      </section>

      <section aria-labelledby="tidigare-rubrik" className="mt-10">
        <h2 id="tidigare-rubrik" className="text-2xl font-semibold">
          Tidigare filer
        </h2>
        {earlier.length === 0 ? (
          <p className="mt-2">Inga tidigare filer.</p>
        ) : (
          <>
            <p className="mt-2 max-w-3xl">
              Filer från tidigare versioner av ärendet, och filer av version {data.version} som skapades i ett tidigare granskningsläge (till exempel innan en part godkände). Varje fil är sparad
              oförändrad, så att det en nämnd har beslutat om kan hämtas igen.
            </p>
            <TableScroll label="Tabell: tidigare filer, nyaste först" className="mt-4">
              <table className="w-full border-collapse text-left">
                <caption className="sr-only">Tidigare filer, nyaste först</caption>
                <thead>
                  <tr>
                    <th scope="col" className="border-b p-2">Dokument</th>
                    <th scope="col" className="border-b p-2">Version</th>
                    <th scope="col" className="border-b p-2">Skapat</th>
                    <th scope="col" className="border-b p-2">Kontrollsumma (SHA-256)</th>
                  </tr>
                </thead>
                <tbody>
                  {earlier.map((file) => (
                    <tr key={file.id}>
                      <th scope="row" className="border-b p-2 font-normal">
                        <a className="text-brand-700 underline" href={`/arenden/${id}/dokument/${file.id}`} download>
                          {label(file)} ({FORMAT_LABELS[file.format] ?? file.format}, {fileApprovalStamp(file)})
                        </a>
                      </th>
                      <td className="border-b p-2">{file.caseVersion}</td>
                      <td className="border-b p-2">
                        <DateTime value={file.createdAt} />
                        {file.createdByName ? ` av ${file.createdByName}` : ""}
                      </td>
                      <td className="border-b p-2 font-mono text-xs break-all">{file.sha256}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </>
        )}
      </section>
    </article>
  );
}
