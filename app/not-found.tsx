import Link from "next/link";

export default function NotFound() {
  return (
    <section aria-labelledby="rubrik">
      <h1 id="rubrik" className="text-3xl font-bold">
        Sidan finns inte
      </h1>
      <p className="mt-4">Adressen kan vara felstavad, eller så har sidan flyttats.</p>
      <p className="mt-4">
        <Link href="/" className="text-brand-700 underline">
          Gå till startsidan
        </Link>
      </p>
    </section>
  );
}
