import MarkdownIt from "markdown-it";

/**
 * Markdown for catalog overviews. Raw HTML is off (a `<script>` is shown as text), and only
 * http(s), mailto and relative links survive: `javascript:`, `data:` and friends are dropped
 * by the link check, so what a provider writes cannot run in a customer's browser.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });
const safeLink = /^(https?:|mailto:|\/|#)/i;
markdown.validateLink = (url) => safeLink.test(url.trim());

const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet("rel", "noopener noreferrer nofollow");
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
