export function SiteFooter() {
  return (
    <footer className="border-t border-stone-200 bg-white">
      <div className="mx-auto w-full max-w-6xl px-4 py-4 text-sm text-stone-600 sm:px-6">
        <p>
          Cable Archive: a reader for US State Department cables. Cable texts are shown as released, escaped,
          never interpreted.
        </p>
      </div>
    </footer>
  );
}
