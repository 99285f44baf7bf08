package main

import (
	"context"
	"crypto/rand"
	"errors"
	"sync"

	"example.com/gearn-server/gearn"
)

// errNotServed is the answer of the operations this example leaves out.
var errNotServed = errors.New("this example server does not serve the operation")

// players is a gearn.Service that keeps players in memory: a device ID
// logs in the player it created.
type players struct {
	mu       sync.Mutex
	byDevice map[string]string // device ID -> user ID
}

func newPlayers() *players { return &players{byDevice: map[string]string{}} }

// login returns the user ID of the device's player, creating one when
// create is set, and whether it did.
func (p *players) login(device string, create bool) (userID string, created bool, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if id, ok := p.byDevice[device]; ok {
		return id, false, nil
	}
	if !create {
		return "", false, errors.New("no player has this device")
	}
	id := rand.Text()[:10]
	p.byDevice[device] = id
	return id, true, nil
}

func (p *players) ClientLoginByAndroidDeviceID(_ context.Context, req *gearn.ClientLoginByAndroidDeviceIDRequest) (*gearn.LoginByAndroidDeviceIDResponseData, error) {
	req.ApplyDefaults()
	id, created, err := p.login("android:"+req.AndroidDeviceID, *req.CreatePlayerIfNotExists)
	if err != nil {
		return nil, err
	}
	return &gearn.LoginByAndroidDeviceIDResponseData{UserID: id, NewlyCreated: &created, AuthToken: ptr(rand.Text())}, nil
}

func (p *players) ClientLoginByIOSDeviceID(_ context.Context, req *gearn.ClientLoginByIOSDeviceIDRequest) (*gearn.LoginByIOSDeviceIDResponseData, error) {
	req.ApplyDefaults()
	id, created, err := p.login("ios:"+req.IOSDeviceID, *req.CreatePlayerIfNotExists)
	if err != nil {
		return nil, err
	}
	return &gearn.LoginByIOSDeviceIDResponseData{UserID: id, NewlyCreated: &created, AuthToken: ptr(rand.Text())}, nil
}

func (p *players) ClientRefreshAuthToken(context.Context, *gearn.ClientRefreshAuthTokenRequest) (*gearn.RefreshAuthTokenResponseData, error) {
	return nil, errNotServed
}

func (p *players) ClientLinkAccount(context.Context, *gearn.ClientLinkAccountRequest) (*gearn.LinkAccountResponseData, error) {
	return nil, errNotServed
}

func (p *players) ServerLinkAccount(context.Context, *gearn.ServerLinkAccountRequest) (*gearn.LinkAccountResponseData, error) {
	return nil, errNotServed
}

func (p *players) AdminLinkAccount(context.Context, *gearn.AdminLinkAccountRequest) (*gearn.LinkAccountResponseData, error) {
	return nil, errNotServed
}
