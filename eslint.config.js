// @ts-check
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    ignores: [
      "dist/",
      "dist.next/",
      "dist.old/",
      ".astro/",
      "node_modules/",
      "data/generated/",
      "tests/**/__snapshots__/",
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs["flat/recommended"],
  {
    // Plain JS config files run in Node; `globals` is not a direct dependency, so name the one we use.
    files: ["**/*.{js,mjs}"],
    languageOptions: { globals: { process: "readonly" } },
  },
);
