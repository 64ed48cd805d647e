import type { FastifyError } from 'fastify';
import type { InputError } from '../errors.js';

/**
 * RFC 9457 problem details: every error the API returns has this shape and the media type
 * `application/problem+json`. `parameter` names the request parameter at fault, `in` says where it
 * was (query, path, body), `suggestions` lists close matches for an unknown country.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  parameter?: string;
  in?: 'query' | 'path' | 'body' | 'header';
  suggestions?: string[];
  hint?: string;
}

export const problemMediaType = 'application/problem+json';

/** Problem type URIs (URNs: stable names that need no network to resolve). */
export const problemTypes = {
  invalidParameter: 'urn:bearing:problem:invalid-parameter',
  unknownEntity: 'urn:bearing:problem:unknown-entity',
  unavailable: 'urn:bearing:problem:data-unavailable',
  notFound: 'urn:bearing:problem:not-found',
  methodNotAllowed: 'urn:bearing:problem:method-not-allowed',
  tooLarge: 'urn:bearing:problem:payload-too-large',
  unsupportedMediaType: 'urn:bearing:problem:unsupported-media-type',
  badRequest: 'urn:bearing:problem:bad-request',
  internal: 'urn:bearing:problem:internal-error',
  tooManyRequests: 'urn:bearing:problem:too-many-requests',
  busy: 'urn:bearing:problem:busy',
} as const;

/**
 * Refused for load, not for its content: 429 (this client asked too often) or 503 (the server's
 * costly work is at its cap). `retryAfter` seconds go out as the Retry-After header.
 */
export class ShedError extends Error {
  constructor(
    readonly statusCode: 429 | 503,
    message: string,
    readonly retryAfter: number,
  ) {
    super(message);
    this.name = 'ShedError';
  }

  problem(instance: string): Problem {
    return {
      type: this.statusCode === 429 ? problemTypes.tooManyRequests : problemTypes.busy,
      title: this.statusCode === 429 ? 'Too many requests' : 'Service busy',
      status: this.statusCode,
      detail: this.message,
      instance,
      hint: `retry after ${this.retryAfter} s`,
    };
  }
}

/**
 * Where a parameter lives, by its name, for a route: path parameters are declared by the route,
 * everything else the API reads comes from the query string (or a JSON body for POST).
 */
export type ParameterLocator = (name: string) => Problem['in'];

/** An InputError (raised by a query, the concordance or the API's own parsing) as a problem. */
export function problemFromInputError(
  error: InputError,
  instance: string,
  locate: ParameterLocator,
): Problem {
  // Queries shared with the CLI may name a positional (COUNTRY): the API's parameter is lower case.
  const raw = error.location.field;
  const field = raw && /^[A-Z-]+$/.test(raw) ? raw.toLowerCase() : raw;
  const status = error.kind === 'invalid' ? 400 : 404;
  const title =
    error.kind === 'invalid'
      ? 'Invalid parameter'
      : error.kind === 'unknown'
        ? 'Not found'
        : 'Data not available in this snapshot';
  const type =
    error.kind === 'invalid'
      ? problemTypes.invalidParameter
      : error.kind === 'unknown'
        ? problemTypes.unknownEntity
        : problemTypes.unavailable;
  const problem: Problem = {
    type,
    title,
    status,
    detail: field ? `${field}: ${error.message}` : error.message,
    instance,
  };
  if (field) {
    problem.parameter = field;
    problem.in = locate(field);
  }
  if (error.suggestions.length) problem.suggestions = [...error.suggestions];
  if (error.hint) problem.hint = error.hint;
  return problem;
}

interface ValidationItem {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

const contextIn: Record<string, Problem['in']> = {
  querystring: 'query',
  params: 'path',
  body: 'body',
  headers: 'header',
};

/** The parameter an Ajv error is about: the property named by the keyword, else the instance path. */
function parameterOf(v: ValidationItem): string {
  if (v.keyword === 'additionalProperties') return String(v.params.additionalProperty);
  if (v.keyword === 'required') return String(v.params.missingProperty);
  const path = v.instancePath.replace(/^\//, '').split('/');
  return path.join('.') || '(request)';
}

function describeValidation(v: ValidationItem, parameter: string): string {
  switch (v.keyword) {
    case 'additionalProperties':
      return `unknown parameter '${parameter}'`;
    case 'required':
      return `missing required parameter '${parameter}'`;
    case 'enum':
      return `${parameter} must be one of ${(v.params.allowedValues as unknown[]).join(', ')}`;
    default:
      return `${parameter} ${v.message ?? 'is invalid'}`;
  }
}

/** A Fastify error (schema validation, body parsing, size limits) as a problem; null for server faults. */
export function problemFromFastifyError(error: FastifyError, instance: string): Problem | null {
  const validation = (error as FastifyError & { validation?: ValidationItem[]; validationContext?: string })
    .validation;
  if (validation?.length) {
    const first = validation[0];
    const parameter = parameterOf(first);
    const context = (error as { validationContext?: string }).validationContext ?? 'querystring';
    return {
      type: problemTypes.invalidParameter,
      title: 'Invalid parameter',
      status: 400,
      detail: describeValidation(first, parameter),
      instance,
      parameter,
      in: contextIn[context] ?? 'query',
    };
  }
  const status = error.statusCode ?? 500;
  if (status < 400 || status >= 500) return null;
  const type =
    status === 413
      ? problemTypes.tooLarge
      : status === 415
        ? problemTypes.unsupportedMediaType
        : status === 404
          ? problemTypes.notFound
          : problemTypes.badRequest;
  // Fastify's own 4xx messages (bad JSON, too large, bad content type) carry no internals.
  return { type, title: titleOf(status), status, detail: error.message, instance };
}

export function notFoundProblem(instance: string): Problem {
  return {
    type: problemTypes.notFound,
    title: 'Not found',
    status: 404,
    detail: `no route ${instance}: the API lives under /api/v1 (see /api/v1/openapi.json)`,
    instance,
  };
}

export function internalProblem(instance: string): Problem {
  return {
    type: problemTypes.internal,
    title: 'Internal server error',
    status: 500,
    detail: 'the server failed to answer this request; it has been logged',
    instance,
  };
}

function titleOf(status: number): string {
  const titles: Record<number, string> = {
    400: 'Bad request',
    404: 'Not found',
    405: 'Method not allowed',
    406: 'Not acceptable',
    413: 'Payload too large',
    414: 'URI too long',
    415: 'Unsupported media type',
    431: 'Request header fields too large',
  };
  return titles[status] ?? 'Bad request';
}
