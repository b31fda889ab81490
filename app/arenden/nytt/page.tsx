import type { Metadata } from "next";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { CreateCaseForm } from "@/lib/cases/components/CreateCaseForm";
import { organizationsForNewCase } from "@/lib/cases/data";

export const metadata: Metadata = { title: "Nytt ärende" };

export default async function NewCasePage() {
  const actor = await getActor();
  const organizations = await guardPage("/arenden/nytt", () => organizationsForNewCase(actor));
  return (
    <section aria-labelledby="rubrik" className="max-w-2xl">
      <h1 id="rubrik" className="text-3xl font-bold">
        Starta ett nytt ärende
      </h1>
      <p className="mt-4">
        {organizations.length === 1 ? `Ärendet ägs av ${organizations[0]!.name}. ` : "Du är ärendehandläggare i flera organisationer och väljer nedan vilken som äger ärendet. "}
        Du blir dess första redigerare och kan sedan bjuda in partnerorganisationer och jurister.
      </p>
      <CreateCaseForm organizations={organizations} />
    </section>
  );
}
