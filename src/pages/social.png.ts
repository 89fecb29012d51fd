/** The story's social card in English, `<base>social.png`; /ru/ and /kk/ are [locale]/social.png.ts. */
import type { APIRoute } from "astro";
import { socialPng } from "./_social.ts";

export const GET: APIRoute = () => socialPng("en");
