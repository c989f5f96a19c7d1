import { defineHastPlugin, type HastPluginDefinition } from 'satteri';
import { withBase } from './paths';

export { withBase };

/**
 * Content links are written from the site root ("/about/sources/") so they read the same on every
 * page; this Sätteri hast plugin puts the deployment's base path in front of them at build time, so
 * the site also works under a sub-path such as /playbook. It runs before the link validator, which
 * then checks each link as it will be served.
 */

type JsxAttribute = { type: string; name?: string; value?: unknown };

/** The attributes with every string `href` given the base path, or undefined when none changes. */
export function jsxAttributesWithBase<A extends JsxAttribute>(
  attributes: readonly A[],
  base: string,
): A[] | undefined {
  let changed = false;
  const next = attributes.map((attribute) => {
    if (
      attribute.type !== 'mdxJsxAttribute' ||
      attribute.name !== 'href' ||
      typeof attribute.value !== 'string'
    ) {
      return attribute;
    }
    const value = withBase(attribute.value, base);
    if (value === attribute.value) return attribute;
    changed = true;
    return { ...attribute, value };
  });
  return changed ? next : undefined;
}

/** The plugin for `satteri({ hastPlugins: [baseLinks(base)] })`: links in Markdown and `href` props of components. */
export function baseLinks(base: string): HastPluginDefinition {
  return defineHastPlugin({
    name: 'mentorship-playbook:base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties['href'];
        if (typeof href !== 'string') return;
        const next = withBase(href, base);
        if (next !== href) ctx.setProperty(node, 'href', next);
      },
    },
    mdxJsxFlowElement: {
      filter: [],
      visit(node) {
        const attributes = jsxAttributesWithBase(node.attributes, base);
        return attributes ? { ...node, attributes } : undefined;
      },
    },
    mdxJsxTextElement: {
      filter: [],
      visit(node) {
        const attributes = jsxAttributesWithBase(node.attributes, base);
        return attributes ? { ...node, attributes } : undefined;
      },
    },
  });
}
