/** Inspectors by name: tasks and joint inspections keep certificate numbers; pages show the people. */
import { useQuery } from "@tanstack/react-query";
import { graphql } from "../gql";
import { forDepartment, request } from "./graphql";

const TeamMemberQuery = graphql(`
  query TeamMember($search: String!) {
    department {
      inspectors(filter: { search: $search }, first: 5) {
        edges {
          node {
            certificateNumber
            name
          }
        }
      }
    }
  }
`);

/** A team of the department by name, from its directory; a number whose inspector is not found shows as itself. */
export function useTeam(department: string, certificateNumbers: string[]) {
  return useQuery({
    queryKey: ["team", department, certificateNumbers],
    enabled: certificateNumbers.length > 0,
    queryFn: async () =>
      Promise.all(
        certificateNumbers.map(async (cert) => {
          const found = (await request(forDepartment(TeamMemberQuery, department), { search: cert })).data.department?.inspectors.edges.map((e) => e.node) ?? [];
          return { certificateNumber: cert, name: found.find((i) => i.certificateNumber === cert)?.name ?? cert };
        }),
      ),
  });
}
