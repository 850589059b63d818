import { z } from "zod";
import { defineOperation } from "@/lib/http/operation";
import { maxImageBytes } from "@/lib/images";
import { idParams } from "@/lib/http/params";
import { springPageQuerySchema, springPageSchema } from "@/lib/http/spring-page";
import { memberListSchema } from "@/lib/members/schemas";
import {
  createOrganizationSchema,
  organizationFilterSchema,
  organizationSchema,
  updateOrganizationSchema,
} from "./schemas";

const tag = "Organizations";

export const listOrganizationsOperation = defineOperation({
  method: "GET",
  path: "/api/organizations",
  tag,
  platformOnly: true,
  summary: "List organizations",
  description: "A Spring page. `sort` takes name, slug or createdOn with ,asc or ,desc.",
  query: springPageQuerySchema.extend(organizationFilterSchema.shape),
  result: springPageSchema(organizationSchema),
});

export const createOrganizationOperation = defineOperation({
  method: "POST",
  path: "/api/organizations",
  tag,
  platformOnly: true,
  summary: "Create an organization",
  description: "Kodexa's organization object. Without a slug, one is derived from the name.",
  body: createOrganizationSchema,
  result: organizationSchema,
  status: 201,
});

export const getOrganizationOperation = defineOperation({
  method: "GET",
  path: "/api/organizations/{id}",
  tag,
  summary: "Get an organization",
  description: "Organization keys read their own organization; platform keys read any.",
  params: idParams,
  result: organizationSchema,
});

export const updateOrganizationOperation = defineOperation({
  method: "PUT",
  path: "/api/organizations/{id}",
  tag,
  summary: "Replace an organization's fields",
  description:
    "Send the object as read, changed. A stale changeSequence answers 409. Status changes are not made here: " +
    "organizationStatus is ignored.",
  params: idParams,
  body: updateOrganizationSchema,
  result: organizationSchema,
});

export const closeOrganizationOperation = defineOperation({
  method: "DELETE",
  path: "/api/organizations/{id}",
  tag,
  platformOnly: true,
  summary: "Close an organization",
  description: "Closes it (organizationStatus closed); its records are kept and its API keys stop working.",
  params: idParams,
  status: 204,
});

export const listMembersOperation = defineOperation({
  method: "GET",
  path: "/api/organizations/{id}/members",
  tag,
  summary: "List an organization's members and open invitations",
  params: idParams,
  result: memberListSchema,
});

export const organizationImageOperation = defineOperation({
  method: "PUT",
  path: "/api/organizations/{id}/image",
  tag,
  summary: "Upload the organization's logo",
  description: "The raw image as the body (PNG, JPEG, GIF or WebP, at most 512 KB).",
  params: idParams,
  rawBody: { maxBytes: maxImageBytes },
  result: z.object({ contentType: z.string() }),
});

export const getOrganizationImageOperation = defineOperation({
  method: "GET",
  path: "/api/organizations/{id}/image",
  tag,
  summary: "Download the organization's logo",
  description: "Answers the image bytes with their content type; 404 when there is none.",
  params: idParams,
});
