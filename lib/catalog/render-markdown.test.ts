import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown";

describe("catalog Markdown", () => {
  it("renders formatting and safe links", () => {
    const html = renderMarkdown("# Title\n\n**bold** [docs](https://example.com/docs) <mailto:a@b.example>");
    expect(html).toContain("<h1>Title</h1>");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain('<a href="https://example.com/docs" rel="noopener noreferrer nofollow">docs</a>');
  });

  it("renders scripts, event handlers and dangerous links harmless", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox)',
    );
    expect(html).not.toMatch(/<script|<img|href="javascript|href="data|href="vbscript/i);
    expect(html).toContain("&lt;script&gt;");
  });
});
