import { describe, expect, it } from 'vitest';
import { isSafeSvgMarkup } from '../../src/core/preview/safeHtml';

const wrap = (inner: string, attrs = '') => `<svg xmlns="http://www.w3.org/2000/svg"${attrs}>${inner}</svg>`;

describe('isSafeSvgMarkup', () => {
  it.each([
    ['a script element', wrap('<script>alert(1)</script>')],
    ['an event attribute', wrap('<rect onload="alert(1)"/>')],
    ['an unquoted event attribute', wrap('<rect onclick=alert(1) />')],
    ['a link', wrap('<a href="https://x"><text>x</text></a>')],
    ['xlink:href on use', wrap('<use xlink:href="#x"/>')],
    ['an animation that sets attributes', wrap('<set attributeName="fill" to="red"/>')],
    ['foreign content', wrap('<foreignObject><div>x</div></foreignObject>')],
    ['an external url() in a style attribute', wrap('<g style="fill: url(https://x/y)"></g>')],
    ['a javascript: value in a presentation attribute', wrap('<g fill="javascript:alert(1)"></g>')],
    ['an @import in the stylesheet', wrap('<style>@import "https://x";</style>')],
    ['a DOCTYPE with entities', '<!DOCTYPE svg [<!ENTITY a "b">]>' + wrap('')],
    ['something that is not one svg element', '<div>' + wrap('') + '</div>'],
  ])('refuses %s', (_name, svg) => {
    expect(isSafeSvgMarkup(svg)).toBe(false);
  });

  it.each([
    ['text that mentions javascript:', wrap('<text>Why javascript: numbers are float64</text>')],
    ['text that mentions url(', wrap('<text>see url(x) in the notes</text>')],
    ['an aria-label that mentions javascript:', wrap('<text>t</text>', ' role="img" aria-label="javascript: is text here"')],
    ['a same-document url(#id)', wrap('<g style="fill: url(#grad)"></g>')],
    ['a theme stylesheet with CSS variables', wrap('<style>.s0 { stroke: var(--vscode-charts-blue, #1a85ff); }</style><path class="s0" d="M0 0L1 1"/>')],
  ])('accepts %s', (_name, svg) => {
    expect(isSafeSvgMarkup(svg)).toBe(true);
  });
});
