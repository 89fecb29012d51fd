/**
 * Design tokens: the one source of colours, type sizes and spacing for CSS and charts alike.
 * CSS reads them as custom properties (see `tokensCss`); charts write `var(--name, fallback)` so an
 * SVG styled on the page follows the theme and a downloaded SVG still has its light colours.
 */

/** Colours for the light and dark themes. Contrast of text colours on `bg` meets WCAG AA (≥ 4.5:1). */
export const colors = {
  light: {
    bg: "#ffffff",
    surface: "#f4f3ef",
    text: "#1a1a1a",
    muted: "#5c5c5c",
    rule: "#d6d4cc",
    grid: "#e6e4dd",
    accent: "#b3261e",
    accentSoft: "#e8a49c",
    neutral: "#6b7a8f",
    neutralSoft: "#c4ccd6",
    link: "#0b57a4",
    focus: "#0b57a4",
  },
  dark: {
    bg: "#121212",
    surface: "#1e1e1c",
    text: "#f1f1ee",
    muted: "#b4b4ac",
    rule: "#3d3d38",
    grid: "#2c2c29",
    accent: "#ff7a6e",
    accentSoft: "#8a3a33",
    neutral: "#9fb0c6",
    neutralSoft: "#4a5566",
    link: "#8cc0ff",
    focus: "#8cc0ff",
  },
} as const;

export type ColorName = keyof (typeof colors)["light"];

/** Type scale in px (never below 12). */
export const fontSizes = {
  xs: 12,
  sm: 14,
  base: 18,
  lg: 21,
  xl: 28,
  xxl: 40,
} as const;

export const fonts = {
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  serif: 'Georgia, "Times New Roman", serif',
  mono: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
} as const;

export const space = { xs: 4, sm: 8, md: 16, lg: 24, xl: 40, xxl: 64 } as const;

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `var(--c-accent, #b3261e)`: a themed colour with the light value as fallback, for SVG styles. */
export const cssColor = (name: ColorName) => `var(--c-${kebab(name)}, ${colors.light[name]})`;

/** The custom properties for both themes, as a stylesheet string. */
export function tokensCss(): string {
  const vars = (theme: "light" | "dark") =>
    Object.entries(colors[theme])
      .map(([k, v]) => `--c-${kebab(k)}:${v};`)
      .join("");
  const sizes = Object.entries(fontSizes)
    .map(([k, v]) => `--fs-${k}:${v / 16}rem;`)
    .join("");
  const spaces = Object.entries(space)
    .map(([k, v]) => `--sp-${k}:${v / 16}rem;`)
    .join("");
  const fontVars = Object.entries(fonts)
    .map(([k, v]) => `--font-${k}:${v};`)
    .join("");
  return (
    `:root{color-scheme:light dark;${vars("light")}${sizes}${spaces}${fontVars}}` +
    `@media (prefers-color-scheme: dark){:root{${vars("dark")}}}`
  );
}
