/**
 * Compose the supergraph locally with @apollo/composition (no binaries, no registry): the office
 * subgraph plus one instance of the department subgraph per configured department.
 */
import { composeServices } from "@apollo/composition";
import { buildDepartmentSubgraph } from "@hub/department";
import { buildOfficeSubgraph } from "@hub/office";
import { departmentUrl, officeUrl, type HubConfig } from "@hub/schema";
import { parse } from "graphql";

export interface SubgraphSource {
  name: string;
  url: string;
  sdl: string;
}

export class CompositionError extends Error {
  override name = "CompositionError";
}

/** The subgraphs of a configuration, with their SDL built from this repository's code. */
export async function subgraphSources(config: HubConfig, urls: Record<string, string> = {}): Promise<SubgraphSource[]> {
  const office = await buildOfficeSubgraph();
  const sources: SubgraphSource[] = [{ name: "office", url: urls.office ?? officeUrl(config), sdl: office.sdl }];
  for (const d of config.departments) {
    const sub = await buildDepartmentSubgraph(d.code);
    sources.push({ name: d.code, url: urls[d.code] ?? departmentUrl(d), sdl: sub.sdl });
  }
  return sources;
}

export function composeSupergraph(sources: SubgraphSource[]): string {
  const result = composeServices(sources.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors?.length)
    throw new CompositionError(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join("\n")}`);
  return result.supergraphSdl!;
}

export async function composeFromConfig(config: HubConfig, urls: Record<string, string> = {}): Promise<string> {
  return composeSupergraph(await subgraphSources(config, urls));
}
