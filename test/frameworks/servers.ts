// The real Node frameworks, each with its own documented validation for one
// sign-up form, listening on 127.0.0.1 port 0. Nothing is mocked: every
// response is the framework's default validation response (or the documented
// one-liner an app adds to expose it). Used by the jsdom tests and, through
// globalSetup, by the Chromium tests; every server answers CORS preflights so
// that the browser page may call it.
import 'reflect-metadata'
import { createServer, type RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'
import Hapi from '@hapi/hapi'
import { getRequestListener } from '@hono/node-server'
import { zValidator } from '@hono/zod-validator'
import { Body, Controller, Module, Post, ValidationPipe } from '@nestjs/common'
import { NestFactory } from '@nestjs/core'
import { ExpressAdapter } from '@nestjs/platform-express'
import { celebrate, errors as celebrateErrors, Segments } from 'celebrate'
import type * as ClassTransformer from 'class-transformer'
import type * as ClassValidator from 'class-validator'
import { createRequire } from 'node:module'
import express from 'express'
import { body as check, validationResult } from 'express-validator'
import Fastify from 'fastify'
import { Hono } from 'hono'
import Joi from 'joi'
import { z as zod4 } from 'zod'
import { z as zod3 } from 'zod3'

// Nest loads class-transformer and class-validator with Node's own loader: the
// decorators must come from that same copy (class-transformer keeps its
// metadata per copy), not from one the test runner's resolver picked.
const require = createRequire(import.meta.url)
const { Type } = require('class-transformer') as typeof ClassTransformer
const { IsArray, IsEmail, IsNotEmpty, IsString, ValidateNested } = require('class-validator') as typeof ClassValidator

export interface Started {
  /** The sign-up endpoint: POST JSON `{ name, email, items: [{ name }] }`. */
  url: string
  close: () => Promise<void>
}

const cors =
  (handler: RequestListener): RequestListener =>
  (request, response) => {
    response.setHeader('access-control-allow-origin', '*')
    if (request.method !== 'OPTIONS') return handler(request, response)
    response.writeHead(204, { 'access-control-allow-headers': 'content-type', 'access-control-allow-methods': 'POST' }).end()
  }

function listen(handler: RequestListener, close: () => Promise<unknown> = async () => undefined): Promise<Started> {
  const server = createServer(cors(handler))
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}/signup`,
        close: async () => {
          server.closeAllConnections()
          await new Promise((done) => server.close(done))
          await close()
        },
      })
    })
  })
}

const ajvSchema = {
  type: 'object',
  required: ['name', 'email', 'items'],
  properties: {
    name: { type: 'string', minLength: 1 },
    email: { type: 'string', format: 'email' },
    items: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } } },
  },
}

/** fastify's default 400 (`FST_ERR_VALIDATION`), with every ajv error (`allErrors`) in its message. */
async function fastify(exposeValidation = false): Promise<Started> {
  let handler: RequestListener = () => undefined
  const app = Fastify({
    ajv: { customOptions: { allErrors: true } },
    serverFactory: (h) => {
      handler = h
      return createServer()
    },
  })
  if (exposeValidation) {
    // The documented way to show ajv's errors: an error handler that sends `error.validation`.
    app.setErrorHandler((error: { statusCode?: number; message: string; validation?: unknown }, _request, reply) =>
      reply.status(error.statusCode ?? 500).send({ statusCode: error.statusCode, error: 'Bad Request', message: error.message, validation: error.validation }),
    )
  }
  app.post('/signup', { schema: { body: ajvSchema } }, async () => ({ ok: true }))
  await app.ready()
  return listen(handler, () => app.close())
}

/** NestJS with the global `ValidationPipe` (class-validator), decorators applied by hand: vitest compiles no decorator metadata. */
async function nest(): Promise<Started> {
  class ItemDto {
    declare name: string
  }
  class SignupDto {
    declare name: string
    declare email: string
    declare items: ItemDto[]
  }
  IsString()(ItemDto.prototype, 'name')
  IsNotEmpty()(ItemDto.prototype, 'name')
  IsNotEmpty()(SignupDto.prototype, 'name')
  IsEmail()(SignupDto.prototype, 'email')
  IsArray()(SignupDto.prototype, 'items')
  ValidateNested({ each: true })(SignupDto.prototype, 'items')
  Type(() => ItemDto)(SignupDto.prototype, 'items')

  class SignupController {
    create(body: SignupDto) {
      return { ok: true, name: body.name }
    }
  }
  Body()(SignupController.prototype, 'create', 0)
  Reflect.defineMetadata('design:paramtypes', [SignupDto], SignupController.prototype, 'create')
  Post()(SignupController.prototype, 'create', Object.getOwnPropertyDescriptor(SignupController.prototype, 'create')!)
  Controller('signup')(SignupController)
  class AppModule {}
  Module({ controllers: [SignupController] })(AppModule)

  const server = express()
  const app = await NestFactory.create(AppModule, new ExpressAdapter(server), { logger: false })
  app.useGlobalPipes(new ValidationPipe())
  await app.init()
  return listen(server, () => app.close())
}

const joiSchema = Joi.object({
  name: Joi.string().required(),
  email: Joi.string().email().required(),
  items: Joi.array().items(Joi.object({ name: Joi.string().required() })),
})

/** hapi with joi; `failAction` rethrows so that Boom's 400 carries joi's message and `validation.keys` (hapi's documented option). */
async function hapi(): Promise<Started> {
  const server = Hapi.server({ port: 0, host: '127.0.0.1' })
  server.route({
    method: 'POST',
    path: '/signup',
    options: {
      cors: true,
      validate: { payload: joiSchema, options: { abortEarly: false }, failAction: (_request, _h, error) => { throw error ?? new Error('invalid') } },
    },
    handler: () => ({ ok: true }),
  })
  await server.start()
  return { url: `${server.info.uri}/signup`, close: () => server.stop() }
}

function hono(schema: unknown): Promise<Started> {
  // zValidator's types name one zod: the other major is the same at run time.
  const app = new Hono().post('/signup', zValidator('json', schema as never), (c) => c.json({ ok: true }))
  const listener = getRequestListener(app.fetch)
  return listen((request, response) => void listener(request, response))
}

const zod3Schema = zod3.object({ name: zod3.string().min(1), email: zod3.string().email(), items: zod3.array(zod3.object({ name: zod3.string().min(1) })) })
const zod4Schema = zod4.object({ name: zod4.string().min(1), email: zod4.email(), items: zod4.array(zod4.object({ name: zod4.string().min(1) })) })

/** express-validator, answering as its docs show: `res.status(422).json({ errors: result.array() })`. */
function expressValidator(): Promise<Started> {
  const app = express()
  app.use(express.json())
  app.post('/signup', check('name').notEmpty(), check('email').isEmail(), check('items.*.name').notEmpty(), (request, response) => {
    const result = validationResult(request)
    if (!result.isEmpty()) return void response.status(422).json({ errors: result.array() })
    response.json({ ok: true })
  })
  return listen(app)
}

/** celebrate (joi for express) with its `errors()` handler. */
function celebrateApp(): Promise<Started> {
  const app = express()
  app.use(express.json())
  app.post('/signup', celebrate({ [Segments.BODY]: joiSchema }, { abortEarly: false }), (_request, response) => void response.json({ ok: true }))
  app.use(celebrateErrors())
  return listen(app)
}

/** Every framework, by name, with a starter. */
export const frameworks = {
  fastify: () => fastify(),
  'fastify (validation exposed)': () => fastify(true),
  NestJS: nest,
  hapi,
  'hono + zod 3': () => hono(zod3Schema),
  'hono + zod 4': () => hono(zod4Schema),
  'express-validator': expressValidator,
  celebrate: celebrateApp,
} satisfies Record<string, () => Promise<Started>>

export type FrameworkName = keyof typeof frameworks
