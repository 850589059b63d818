"use client";

import { useEffect, useState } from "react";

type Render = (source: string) => string;

/**
 * The preview's HTML for `source`. Until the text is edited that is `initialHtml`, which the
 * server rendered from the text the form opened with, so markdown-it (a large part of the
 * editor's script) loads with the first edit rather than with the page. Until it has loaded,
 * the preview shows the text as it was.
 */
export function useMarkdownPreview(source: string, initialHtml: string): string {
  const [initialSource] = useState(source);
  const [render, setRender] = useState<Render>();
  const edited = source !== initialSource;
  useEffect(() => {
    if (edited && !render)
      void import("@/lib/catalog/render-markdown").then(({ renderMarkdown }) =>
        setRender(() => renderMarkdown),
      );
  }, [edited, render]);
  return render ? render(source) : initialHtml;
}
