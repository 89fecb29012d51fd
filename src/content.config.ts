/**
 * Content collections. The story's copy lives in src/content/story/*.yaml, read in file-name order;
 * its schema (src/data/story-copy.ts) checks every `{claim-id}` against the generated claims and every
 * chart state against the chart modules, so a typo fails the build naming the file and field.
 * Each translation, src/content/story/<locale>/*.yaml, is its own collection under the same schema,
 * with its language's prose checks (src/i18n/copy.ts) and the glossary's names. The methodology
 * page's words are src/content/methodology/<locale>.yaml.
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { translationContext } from "./i18n/copy.ts";
import { latinNames, loadGlossary } from "./i18n/glossary.ts";
import type { TranslatedLocale } from "./i18n/locales.ts";
import { chartIds, loadClaims } from "./data/generated.ts";
import { chartStates } from "./render/render-chart.ts";
import { storyEntrySchema, type StoryContext } from "./data/story-copy.ts";
import { methodologyCopySchema } from "./i18n/methodology-copy.ts";

const claims = new Map(loadClaims().map((c) => [c.id, c]));
const context: StoryContext = {
  claims,
  charts: new Set(chartIds()),
  // Unknown charts are reported by the schema's own chart check; null skips their states.
  statesOf: (id) => (chartIds().includes(id) ? chartStates(id) : null),
};

const story = defineCollection({
  loader: glob({ pattern: "*.yaml", base: "./src/content/story" }),
  schema: storyEntrySchema(context),
});

const translation = (locale: TranslatedLocale) =>
  defineCollection({
    loader: glob({ pattern: "*.yaml", base: `./src/content/story/${locale}` }),
    schema: storyEntrySchema(
      translationContext(locale, context, { claims, names: latinNames(loadGlossary(), locale) }),
    ),
  });

// The methodology page's own words, one file per language (en.yaml, ru.yaml, kk.yaml), one schema;
// the page checks each translation against the English (src/i18n/methodology-copy.ts).
const methodology = defineCollection({
  loader: glob({ pattern: "*.yaml", base: "./src/content/methodology" }),
  schema: methodologyCopySchema,
});

export const collections = {
  story,
  storyRu: translation("ru"),
  storyKk: translation("kk"),
  methodology,
};
