import { defineOperation } from "@/lib/http/operation";
import { idParams } from "@/lib/http/params";
import { createUserSchema, updateUserSchema, userSchema } from "./schemas";

const tag = "Users";

export const createUserOperation = defineOperation({
  method: "POST",
  path: "/api/users",
  tag,
  platformOnly: true,
  summary: "Create a user",
  body: createUserSchema,
  result: userSchema,
  status: 201,
});

export const getUserOperation = defineOperation({
  method: "GET",
  path: "/api/users/{id}",
  tag,
  platformOnly: true,
  summary: "Get a user",
  params: idParams,
  result: userSchema,
});

export const updateUserOperation = defineOperation({
  method: "PATCH",
  path: "/api/users/{id}",
  tag,
  platformOnly: true,
  summary: "Update a user",
  description:
    "Rename, disable or enable a user, or change platform rights. A stale changeSequence answers 409.",
  params: idParams,
  body: updateUserSchema,
  result: userSchema,
});
