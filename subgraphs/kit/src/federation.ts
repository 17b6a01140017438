/**
 * Build an Apollo Federation 2 subgraph schema from type-graphql classes.
 *
 * type-graphql keeps its metadata in one global store and attaches field resolvers to a type for
 * every schema built in the process, so per-department field names cannot be decorators. Instead a
 * department schema is built once with a template field (`department`) and the field is renamed
 * to the department's code in the SDL and resolver map. That keeps several departments buildable
 * in one process (tests, composition) and their value types identical, as Federation requires.
 */
import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import type { DocumentNode, FieldDefinitionNode, GraphQLSchema } from "graphql";
import { Kind, parse, visit } from "graphql";
import { buildSchema, createResolversMap, type BuildSchemaOptions } from "type-graphql";

export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

/** Rename `from` to `to` on the given parent type. */
export interface FieldRename {
  type: string;
  from: string;
  to: string;
}

export interface Subgraph {
  schema: GraphQLSchema;
  /** The subgraph SDL as composition sees it. */
  sdl: string;
}

const cache = new Map<string, Promise<{ sdl: string; resolvers: Record<string, any> }>>();

/** Build the type-graphql schema once per key and print it with its directives. */
function buildTemplate(key: string, options: BuildSchemaOptions) {
  let built = cache.get(key);
  if (!built) {
    built = buildSchema({ ...options, validate: false, skipCheck: true, emitSchemaFile: false }).then((schema) => ({
      sdl: printSchemaWithDirectives(schema).replace(/^schema \{[^}]*\}\s*/m, ""),
      resolvers: createResolversMap(schema) as Record<string, any>,
    }));
    cache.set(key, built);
  }
  return built;
}

function renameFields(doc: DocumentNode, renames: FieldRename[]): DocumentNode {
  let parentName = "";
  return visit(doc, {
    ObjectTypeDefinition: {
      enter(node) {
        parentName = node.name.value;
      },
    },
    FieldDefinition(node: FieldDefinitionNode) {
      const r = renames.find((x) => x.type === parentName && x.from === node.name.value);
      return r ? { ...node, name: { kind: Kind.NAME, value: r.to } } : undefined;
    },
  });
}

export async function buildFederatedSubgraph(
  key: string,
  options: BuildSchemaOptions,
  renames: FieldRename[] = [],
): Promise<Subgraph> {
  const template = await buildTemplate(key, options);
  const typeDefs = renameFields(parse(`${FEDERATION_LINK}\n\n${template.sdl}`), renames);
  const resolvers: Record<string, any> = {};
  for (const [typeName, fields] of Object.entries(template.resolvers)) {
    const copy: Record<string, any> = { ...(fields as object) };
    for (const r of renames.filter((x) => x.type === typeName && x.from in copy)) {
      copy[r.to] = copy[r.from];
      delete copy[r.from];
    }
    resolvers[typeName] = copy;
  }
  const schema = buildSubgraphSchema([{ typeDefs, resolvers }]);
  const sdl = (await import("graphql")).print(typeDefs);
  return { schema, sdl };
}
