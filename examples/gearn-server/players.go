package main

import (
	"context"
	"crypto/rand"
	"errors"
	"sync"

	"example.com/gearn-server/gearn"
)

// players is a gearn.Service that keeps players in memory: a device ID
// logs in the player it created. The operations it leaves out answer
// OperationInvalid, through the embedded UnimplementedService.
type players struct {
	gearn.UnimplementedService
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
	gearn.ApplyDefaults(req)
	id, created, err := p.login("android:"+req.AndroidDeviceID, *req.CreatePlayerIfNotExists)
	if err != nil {
		return nil, err
	}
	return &gearn.LoginByAndroidDeviceIDResponseData{UserID: id, NewlyCreated: &created, AuthToken: ptr(rand.Text())}, nil
}

func (p *players) ClientLoginByIOSDeviceID(_ context.Context, req *gearn.ClientLoginByIOSDeviceIDRequest) (*gearn.LoginByIOSDeviceIDResponseData, error) {
	gearn.ApplyDefaults(req)
	id, created, err := p.login("ios:"+req.IOSDeviceID, *req.CreatePlayerIfNotExists)
	if err != nil {
		return nil, err
	}
	return &gearn.LoginByIOSDeviceIDResponseData{UserID: id, NewlyCreated: &created, AuthToken: ptr(rand.Text())}, nil
}

func ptr[T any](v T) *T { return &v }
