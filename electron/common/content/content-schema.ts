// The shape of recap content front matter (see content/README.md). One schema per file type.
import { z } from 'zod';
import { recapItemKinds } from '../domain';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lowercase letters, digits and dashes');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'is not a real date');
const httpUrl = z
  .string()
  .url('must be a URL')
  .refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL');

/** Front matter of `<conference>/conference.md`. */
export const conferenceFrontMatter = z.strictObject({
  id: slug,
  name: z.string().min(1),
  location: z.string().min(1),
  startDate: isoDate,
  endDate: isoDate,
  timezone: z.string().min(1),
  website: httpUrl.optional(),
  days: z
    .array(
      z.strictObject({
        number: z.number().int().min(0),
        date: isoDate,
        label: z.string().min(1),
        summary: z.string().optional(),
      }),
    )
    .min(1),
});

/** Front matter of `<conference>/items/<id>.md`. */
export const itemFrontMatter = z
  .strictObject({
  id: slug,
  kind: z.enum(recapItemKinds),
  title: z.string().trim().min(1),
  day: z.number().int().min(0).optional(),
  order: z.number().int().optional(),
  speakers: z.array(z.strictObject({ name: z.string().min(1), org: z.string().optional() })).default([]),
  track: z.string().optional(),
  tags: z.array(slug).default([]),
  links: z
    .strictObject({ video: httpUrl.optional(), slides: httpUrl.optional(), schedule: httpUrl.optional() })
    .default({}),
  verdict: z.string().optional(),
  takeaways: z.array(z.string().min(1)).default([]),
  })
  // Booths are visited, not scheduled; everything else happened on a day of the recap.
  .refine((item) => item.kind === 'booth' || item.day !== undefined, {
    path: ['day'],
    message: 'is required for everything but booths',
  });

export type ConferenceFrontMatter = z.infer<typeof conferenceFrontMatter>;
export type ItemFrontMatter = z.infer<typeof itemFrontMatter>;
