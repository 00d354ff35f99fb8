import type { memberMinutesActions, secretaryMinutesActions } from '../../../core/contract/minutes'
import { aMinutes, insertMeeting, insertMinutes } from '../../helpers/minutes-mothers'
import { WORLD } from '../../helpers/cloud'
import { BRANCH_OFFICERS, MEMBERS, type MatrixPart } from './types'

const content = {
  hostId: WORLD.secretaryA,
  recorderId: WORLD.memberA1,
  topics: '议题',
  summary: '要点',
  resolutions: '',
}

export const member: MatrixPart<'member', typeof memberMinutesActions> = {
  'minutes.read': {
    allowed: MEMBERS,
    input: async (cloud) => {
      const meeting = await insertMeeting(cloud)
      await insertMinutes(cloud, aMinutes(meeting, { status: 'confirmed', confirmedAt: meeting.endAt }))
      return { activityId: meeting._id }
    },
    // Branch B's secretary was not expected at branch A's meeting.
    refused: { otherSecretary: 'ACTIVITY.NOT_FOUND' },
  },
}

export const secretary: MatrixPart<'secretary', typeof secretaryMinutesActions> = {
  'minutes.get': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ activityId: (await insertMeeting(cloud))._id }),
    refused: { otherSecretary: 'AUTH.OTHER_BRANCH' },
  },
  'minutes.save': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ activityId: (await insertMeeting(cloud))._id, ...content }),
    refused: { otherSecretary: 'AUTH.OTHER_BRANCH' },
  },
  'minutes.confirm': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => {
      const meeting = await insertMeeting(cloud)
      await insertMinutes(cloud, aMinutes(meeting))
      return { activityId: meeting._id }
    },
    refused: { otherSecretary: 'AUTH.OTHER_BRANCH' },
  },
  'minutes.amend': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => {
      const meeting = await insertMeeting(cloud)
      await insertMinutes(cloud, aMinutes(meeting, { status: 'confirmed', confirmedAt: meeting.endAt }))
      return { activityId: meeting._id, reason: '补充决议', ...content, resolutions: '补充的决议' }
    },
    refused: { otherSecretary: 'AUTH.OTHER_BRANCH' },
  },
}
