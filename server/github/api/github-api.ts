// The GitHub calls a pull-request review makes, and nothing more, each typed
// with only the fields the review reads. Bound to one Octokit — normally an
// installation's (see github-client.ts). Every failure is a GitHubApiError.
import type { Octokit } from "@octokit/core";
import { createCheckRun, updateCheckRun, type TCreateCheckRunInput, type TUpdateCheckRunInput } from "./check-runs";
import {
  createIssueComment,
  listIssueComments,
  listReviewComments,
  updateIssueComment,
  type TIssueComment,
  type TPostedComment,
  type TReviewComment,
} from "./comments";
import {
  compareCommits,
  getPullRequest,
  listPullRequestFiles,
  type TChangedFiles,
  type TComparison,
  type TPullRequest,
  type TPullRequestRef,
  type TRepoRef,
} from "./pull-requests";
import { getCollaboratorPermission, getFileText, type TCollaboratorPermission } from "./repository";
import { createReview, type TCreatedReview, type TCreateReviewInput } from "./reviews";

export type TGitHubApi = {
  getPullRequest(input: TPullRequestRef): Promise<TPullRequest>;
  listPullRequestFiles(input: TPullRequestRef): Promise<TChangedFiles>;
  compareCommits(input: TRepoRef & { base: string; head: string }): Promise<TComparison | null>;
  getFileText(input: TRepoRef & { path: string; ref: string }): Promise<string | null>;
  getCollaboratorPermission(input: TRepoRef & { username: string }): Promise<TCollaboratorPermission>;
  listIssueComments(input: TRepoRef & { issueNumber: number }): Promise<TIssueComment[]>;
  createIssueComment(input: TRepoRef & { issueNumber: number; body: string }): Promise<TPostedComment>;
  updateIssueComment(input: TRepoRef & { commentId: number; body: string }): Promise<TPostedComment>;
  listReviewComments(input: TPullRequestRef): Promise<TReviewComment[]>;
  createReview(input: TCreateReviewInput): Promise<TCreatedReview>;
  createCheckRun(input: TCreateCheckRunInput): Promise<{ id: number }>;
  updateCheckRun(input: TUpdateCheckRunInput): Promise<void>;
};

export function githubApi(octokit: Octokit): TGitHubApi {
  return {
    getPullRequest: (input) => getPullRequest(octokit, input),
    listPullRequestFiles: (input) => listPullRequestFiles(octokit, input),
    compareCommits: (input) => compareCommits(octokit, input),
    getFileText: (input) => getFileText(octokit, input),
    getCollaboratorPermission: (input) => getCollaboratorPermission(octokit, input),
    listIssueComments: (input) => listIssueComments(octokit, input),
    createIssueComment: (input) => createIssueComment(octokit, input),
    updateIssueComment: (input) => updateIssueComment(octokit, input),
    listReviewComments: (input) => listReviewComments(octokit, input),
    createReview: (input) => createReview(octokit, input),
    createCheckRun: (input) => createCheckRun(octokit, input),
    updateCheckRun: (input) => updateCheckRun(octokit, input),
  };
}

export type { TChangedFile, TChangedFiles, TComparison, TPullRequest, TPullRequestRef, TRepoRef } from "./pull-requests";
export type { TCollaboratorPermission } from "./repository";
export type { TIssueComment, TPostedComment, TReviewComment } from "./comments";
export type { TCreatedReview, TCreateReviewInput, TInlineComment, TReviewEvent } from "./reviews";
export type { TCheckRunConclusion, TCheckRunOutput, TCheckRunStatus, TCreateCheckRunInput, TUpdateCheckRunInput } from "./check-runs";
